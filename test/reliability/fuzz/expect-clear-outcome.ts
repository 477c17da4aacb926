import { isImportError } from '@treatygraph/import';
import { expect } from 'vitest';

/** How one importer call ended. */
export type Outcome<T> =
  { ok: true; value: T; ms: number } | { ok: false; error: unknown; ms: number };

/** Runs `fn`, catching what it throws, and times it. */
export async function outcomeOf<T>(fn: () => T | Promise<T>): Promise<Outcome<T>> {
  const started = performance.now();
  try {
    const value = await fn();
    return { ok: true, value, ms: performance.now() - started };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - started };
  }
}

/**
 * The importer's contract under bad input: within `maxMs`, either a result or an ImportError
 * whose every issue names the file and says where (a line or a field, or the whole file when
 * `wholeFileIssues`) and what is wrong.
 * Anything else (a TypeError, a RangeError from a blown stack, a hang) fails with the recipe.
 */
export function expectClearOutcome(
  outcome: Outcome<unknown>,
  options: { file: string; recipe: string; maxMs: number; wholeFileIssues?: boolean },
): void {
  const { file, recipe, maxMs } = options;
  expect(outcome.ms, `took ${Math.round(outcome.ms)} ms: ${recipe}`).toBeLessThan(maxMs);
  if (outcome.ok) return;
  const { error } = outcome;
  expect(isImportError(error), `not an ImportError (${String(error)}): ${recipe}`).toBe(true);
  if (!isImportError(error)) return;
  expect(error.message, recipe).toContain(file);
  expect(error.details.length, `no details: ${recipe}`).toBeGreaterThan(0);
  for (const issue of error.details) {
    // Issues in a text's extracted document name it as `<file> (extracted)`.
    expect(issue.file?.startsWith(file), `issue in ${issue.file}: ${recipe}`).toBe(true);
    expect(issue.message.trim(), recipe).not.toBe('');
    // A file the importer cannot read at all (its extension) is located by its name alone.
    // So is, for tables and texts, a file that holds no table or statement at all.
    const located =
      issue.line !== undefined ||
      issue.field !== undefined ||
      issue.code === 'FILE_UNREADABLE' ||
      options.wholeFileIssues === true;
    expect(located, `issue without line or field (${issue.message}): ${recipe}`).toBe(true);
  }
}
