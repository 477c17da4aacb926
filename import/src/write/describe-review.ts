import type { ImportReport } from '../import-files';
import type { ChangeCounts, EntityChange } from './entity-changes';

// A review lists at most this many entities of one kind of change; the rest are counted.
const LISTED = 20;

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function byLabel(changes: EntityChange[]): string {
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return [...counts].map(([label, n]) => `${n} ${label}`).join(', ');
}

function tally(changes: EntityChange[]): string {
  const nodes = changes.filter((c) => c.kind === 'node');
  const relationships = changes.filter((c) => c.kind === 'relationship');
  const part = (list: EntityChange[], word: string) =>
    list.length === 0 ? plural(0, word) : `${plural(list.length, word)} (${byLabel(list)})`;
  return `${part(nodes, 'node')}, ${part(relationships, 'relationship')}`;
}

function listed(changes: EntityChange[], line: (c: EntityChange) => string): string[] {
  const lines = changes.slice(0, LISTED).map((c) => `  ${line(c)}`);
  if (changes.length > LISTED) lines.push(`  … and ${changes.length - LISTED} more`);
  return lines;
}

/**
 * The run's counts in one line.
 * @example describeCounts(counts, 812) // 'created 25 nodes and 30 relationships, …, in 0.8 s'
 */
export function describeCounts(counts: ChangeCounts, elapsedMs: number): string {
  const pair = ({ nodes, relationships }: { nodes: number; relationships: number }) =>
    `${plural(nodes, 'node')} and ${plural(relationships, 'relationship')}`;
  return (
    `created ${pair(counts.created)}, updated ${pair(counts.updated)}, ` +
    `unchanged ${pair(counts.unchanged)}, in ${(elapsedMs / 1000).toFixed(1)} s`
  );
}

function fileLines(report: ImportReport): string[] {
  return report.files.map((f) => {
    const parts = [
      f.declarations > 0 && plural(f.declarations, 'declaration'),
      f.participations > 0 && plural(f.participations, 'treaty participation'),
      `${plural(f.nodes, 'node')} and ${plural(f.relationships, 'relationship')} to write`,
    ].filter(Boolean);
    return `  ${f.file} (${f.kind.replace('-', ' ')}): ${parts.join(', ')}`;
  });
}

function declarationLines(report: ImportReport): string[] {
  return report.preview.declarations.flatMap((d) => {
    const facts = [
      plural(d.signatories.length, 'signatory', 'signatories') +
        (d.partial ? ' (partial list)' : ''),
      d.nonStateSignatories.length > 0 &&
        `also ${d.nonStateSignatories.map((n) => n.name).join(', ')}`,
      d.references.length > 0 && `cites ${d.references.map((r) => r.id).join(', ')}`,
      d.organizations.length > 0 && `supports ${d.organizations.map((o) => o.id).join(', ')}`,
    ].filter(Boolean);
    const review = d.needsReview ? ' NEEDS REVIEW, not written by an import;' : '';
    return [
      `  ${d.adoptedOn ?? 'date unknown'} "${d.title ?? 'untitled'}": ${facts.join('; ')}`,
      `    confidence ${d.confidence.toFixed(2)};${review} ${d.reasons.join('; ')}`,
    ];
  });
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines];
}

/**
 * A dry run's review for a person: each file, each declaration, what would be merged, created
 * or changed (when compared with a database, else why not), and what could not be resolved.
 */
export function describeReview(report: ImportReport, notCompared?: string): string {
  const changes = report.changes;
  const created = changes.filter((c) => c.change === 'created');
  const updated = changes.filter((c) => c.change === 'updated');
  const { unresolved, warnings } = report.preview;
  const lines = [
    'Dry run: nothing was written.',
    report.compared
      ? 'Compared with the database.'
      : `Not compared with a database (${notCompared ?? 'none given'}): all of it would be written.`,
    ...section('Files:', fileLines(report)),
    ...section('Declarations:', declarationLines(report)),
    ...section(
      'Would merge (one declaration, two sources):',
      report.merges.map(
        (m) =>
          `  ${m.file}: "${m.title}" into ${m.into} ("${m.intoTitle}", from ${m.origin}; ` +
          `title similarity ${m.similarity})`,
      ),
    ),
  ];
  if (report.counts) {
    lines.push('', `Would create: ${tally(created)}`);
    lines.push(...listed(created, (c) => `${c.label} ${c.key}`));
    lines.push('', `Would change: ${tally(updated)}`);
    lines.push(...listed(updated, (c) => `${c.label} ${c.key}: ${c.properties.join(', ')}`));
    const { nodes, relationships } = report.counts.unchanged;
    lines.push('', `Unchanged: ${plural(nodes, 'node')}, ${plural(relationships, 'relationship')}`);
  }
  lines.push(
    ...section(
      'Could not resolve:',
      unresolved.map((u) => {
        const hint = u.candidates.length > 0 ? ` (did you mean ${u.candidates.join(', ')}?)` : '';
        const where = u.evidence.sentence ? ` in "${u.evidence.sentence}"` : '';
        return `  ${u.file}: "${u.text}"${hint}${where}`;
      }),
    ),
    ...section(
      'Warnings:',
      warnings.map((w) => `  ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`),
    ),
  );
  const summary = report.counts
    ? `Summary if written: ${describeCounts(report.counts, report.elapsedMs)}`
    : `Would write: ${report.files.reduce((n, f) => n + f.nodes, 0)} node rows and ` +
      `${report.files.reduce((n, f) => n + f.relationships, 0)} relationship rows, ` +
      `in ${(report.elapsedMs / 1000).toFixed(1)} s`;
  lines.push('', summary);
  return lines.join('\n');
}
