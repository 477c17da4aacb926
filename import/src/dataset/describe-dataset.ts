import type { DatasetNote } from './dataset';
import type { DatasetReport } from './import-dataset';

const where = (note: DatasetNote) => `${note.file}${note.line ? `:${note.line}` : ''}`;

/** Every row left out and every match left for review, one line each, with file and line. */
export function describeNotes(report: DatasetReport): string[] {
  return [
    ...report.skipped.map((n) => `left out: ${where(n)}: ${n.message}`),
    ...report.reviews.map((n) => `review: ${where(n)}: ${n.message}`),
  ];
}

// A note's cause: its message with the row's own values (quoted names, codes, dates, line
// numbers) taken out.
const causeOf = (message: string) =>
  message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b[A-Z][A-Z0-9_:~-]*\d[A-Z0-9_:~-]*\b/g, '…')
    .replace(/^[A-Z]{3} /, '… ')
    .replace(/\d+/g, 'N');

/** Where a note names a code that is no state nor registry organization: that code. */
const unknownCode = (message: string) =>
  /^stateID "([^"]*)" is no state/.exec(message)?.[1] ??
  /^"([^"]*)" is (?:no state|an organization the registry)/.exec(message)?.[1];

const byCount = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/**
 * The rows and cells left out, grouped by cause, most frequent first, then the participants
 * nobody knows by code (or name) and count.
 */
export function describeLeftOut(skipped: DatasetNote[]): string[] {
  const causes = new Map<string, number>();
  const codes = new Map<string, number>();
  for (const { message } of skipped) {
    const cause = causeOf(message);
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
    const code = unknownCode(message);
    if (code !== undefined) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  return [
    `  left out by cause (${skipped.length}):`,
    ...byCount(causes).map(([cause, n]) => `    ${n} × ${cause}`),
    ...(codes.size === 0
      ? []
      : [
          `  unknown participants by code (${codes.size}):`,
          ...byCount(codes).map(([code, n]) => `    ${code}: ${n}`),
        ]),
  ];
}

const count = (c: { created: number; updated: number; unchanged: number }) =>
  `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;

/** The outcome of one folder in a few lines. */
export function describeDataset(report: DatasetReport): string {
  const { counts } = report;
  const verb = report.dryRun ? 'would write (dry run, nothing written)' : 'wrote';
  return [
    `${report.folder} (${report.layout}, source ${report.source}): ${verb}`,
    `  instruments: ${count(counts.instruments)}; ${report.matched} matched to instruments known already`,
    `  tables: ${count(counts.tables)}; ${report.complete} declared complete`,
    `  claims: ${count(counts.claims)}; ${counts.organizationClaims} of organizations`,
    `  participations: ${count(counts.facts)}; ${counts.facts.kept} kept as a document recorded them`,
    `  ${report.skipped.length} rows or cells left out and ${report.reviews.length} possible matches to review (listed on stderr)`,
    ...describeLeftOut(report.skipped),
    `  in ${(report.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
