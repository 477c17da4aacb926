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
    `  in ${(report.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
