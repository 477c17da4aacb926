import type { WriteSummary } from './write-document';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Rows written, of every label and type together. */
export function summaryTotals(summary: WriteSummary): { nodes: number; relationships: number } {
  return { nodes: total(summary.nodes), relationships: total(summary.relationships) };
}

/**
 * One line for a log.
 * @example describeSummary(summary) // '31 nodes (9 new), 30 relationships (30 new)'
 */
export function describeSummary(summary: WriteSummary): string {
  const { nodes, relationships } = summaryTotals(summary);
  return (
    `${nodes} nodes (${summary.nodesCreated} new), ` +
    `${relationships} relationships (${summary.relationshipsCreated} new)`
  );
}
