import type { z } from 'zod';
import type { ImportIssue } from '../errors';
import { closest } from '../resolve/edit-distance';
import { normalizeName } from '../resolve/normalize-name';
import { allowedFields, relationshipKindAt } from './allowed-fields';
import { fieldPath } from './field-path';
import { referenceCandidates } from './reference-candidates';
import type { DocumentKeys } from './reference-candidates';
import type { SourceMap } from './source-map';
import { valueAt } from './value-at';

type Context = { source: SourceMap; documentKeys: DocumentKeys };

function near(value: string, options: readonly string[]): string[] {
  const entries = options.map((o) => [normalizeName(o), o] as const);
  return closest(normalizeName(value), entries, { limit: 3, maxDistance: 2 });
}

// The closed set of values a field takes, when the issue is about one: an enum or the type.
function allowedValues(issue: z.core.$ZodIssue): string[] | undefined {
  if (issue.code === 'invalid_value') return issue.values.map(String);
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return issue.options.map(String);
  }
  return undefined;
}

// The near values, or all of them: a short closed list is itself the best hint.
function suggest(value: unknown, options: string[]): string[] {
  const nearest = typeof value === 'string' ? near(value, options) : [];
  return nearest.length > 0 ? nearest : options;
}

function unknownFields(issue: z.core.$ZodIssueUnrecognizedKeys, context: Context): ImportIssue[] {
  const allowed = allowedFields(context.source.value, issue.path);
  return issue.keys.map((key) => ({
    code: 'SCHEMA',
    message: `unknown field "${key}"`,
    field: fieldPath([...issue.path, key]),
    ...context.source.positionOf(issue.path, key),
    candidates: near(key, allowed),
  }));
}

// A bad endpoint is most often a name where a key belongs ("Laos" for LAO): offer the key.
function endpointCandidates(path: readonly PropertyKey[], context: Context): string[] {
  const [first, index, end] = path;
  if (first !== 'relationships' || index === undefined || (end !== 'from' && end !== 'to')) {
    return [];
  }
  const kind = relationshipKindAt(context.source.value, index);
  const value = valueAt(context.source.value, path);
  if (!kind || typeof value !== 'string') return [];
  const label = end === 'from' ? kind.from : kind.to;
  return referenceCandidates({ label, value, documentKeys: context.documentKeys });
}

function oneIssue(issue: z.core.$ZodIssue, context: Context): ImportIssue {
  const value = valueAt(context.source.value, issue.path);
  const base = { code: 'SCHEMA' as const, field: fieldPath(issue.path) };
  const position = context.source.positionOf(issue.path);
  if (issue.code === 'invalid_type' && value === undefined) {
    return { ...base, ...position, message: 'required field is missing' };
  }
  const options = allowedValues(issue);
  if (options) {
    const message =
      issue.code === 'invalid_union'
        ? `unknown relationship type ${JSON.stringify(value)}`
        : issue.message;
    return { ...base, ...position, message, candidates: suggest(value, options) };
  }
  const candidates = endpointCandidates(issue.path, context);
  return { ...base, ...position, message: issue.message, ...(candidates.length && { candidates }) };
}

/** Each zod issue as an ImportIssue at its place in the source, with "did you mean" hints. */
export function schemaIssues(issues: z.core.$ZodIssue[], context: Context): ImportIssue[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? unknownFields(issue, context) : [oneIssue(issue, context)],
  );
}
