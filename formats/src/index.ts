export type { ExchangeEdge, ExchangeNode, ExchangeValue, ExchangeView } from './exchange-view';
export { toGraphology } from './to-graphology';
export { writeEdgesCsv, writeNodesCsv, writeTableCsv } from './write-csv';
export { writeGexf } from './write-gexf';
export { writeGraphml } from './write-graphml';
export { writeViewJson } from './write-view-json';
