import { write } from 'graphology-gexf';
import type { ExchangeView } from './exchange-view';
import { toGraphology } from './to-graphology';

/** GEXF 1.3: the 1.2 output of graphology-gexf declares a broken viz namespace that Gephi rejects. */
export function writeGexf(view: ExchangeView): string {
  return write(toGraphology(view), { version: '1.3' });
}
