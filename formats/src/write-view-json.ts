import type { ExchangeView } from './exchange-view';

/** The view as plain JSON (`{ nodes, edges }`), nested data kept as it is. */
export function writeViewJson(view: ExchangeView): string {
  return `${JSON.stringify({ nodes: view.nodes, edges: view.edges }, null, 2)}\n`;
}
