import type { ImportIssue } from './errors';

/**
 * One issue as one line, in the `file:line:column` form editors and terminals link to.
 * @example formatIssue({ code: 'UNKNOWN_REFERENCE', file: 'a.yaml', line: 3, column: 9,
 *   field: 'relationships[0].to', message: 'no Instrument "untok"', candidates: ['untoc'] })
 * // 'a.yaml:3:9 relationships[0].to: no Instrument "untok" (did you mean untoc?)'
 */
export function formatIssue(issue: ImportIssue): string {
  const where = [issue.file, issue.line, issue.line === undefined ? undefined : issue.column]
    .filter((part) => part !== undefined)
    .join(':');
  const field = issue.field ? `${where ? ' ' : ''}${issue.field}` : '';
  const prefix = where || field ? `${where}${field}: ` : '';
  const hint = issue.candidates?.length ? ` (did you mean ${issue.candidates.join(', ')}?)` : '';
  return `${prefix}${issue.message}${hint}`;
}
