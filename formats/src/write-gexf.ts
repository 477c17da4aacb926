import { write } from 'graphology-gexf';
import type { ExchangeView } from './exchange-view';
import { toGraphology } from './to-graphology';
import { xmlEscape } from './xml-escape';

const spell = (name: string, date: string | undefined): string =>
  date ? ` ${name}="${xmlEscape(date)}"` : '';

/**
 * GEXF 1.3 (the 1.2 output of graphology-gexf declares a broken viz namespace that Gephi rejects).
 * When edges have dates, the graph is dynamic and each dated edge carries its interval
 * (`start`, `end`), so Gephi's timeline plays it; undated edges and all nodes are always present.
 */
export function writeGexf(view: ExchangeView): string {
  const text = write(toGraphology(view), { version: '1.3' });
  if (!view.edges.some((edge) => edge.start || edge.end)) return text;
  // graphology writes edges in insertion order, which is the view's.
  let index = 0;
  return text
    .replace(
      '<graph defaultedgetype="directed">',
      '<graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">',
    )
    .replace(/<edge /g, () => {
      const edge = view.edges[index++];
      return `<edge${spell('start', edge?.start)}${spell('end', edge?.end)} `;
    });
}
