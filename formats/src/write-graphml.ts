import type { Attributes } from 'graphology-types';
import type { ExchangeView } from './exchange-view';
import { toGraphology } from './to-graphology';
import { xmlEscape } from './xml-escape';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';
type Scope = 'node' | 'edge';

function typeOf(value: unknown): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** One declared type per key; mixed values widen (long to double, anything else to string). */
function widen(a: GraphmlType | undefined, b: GraphmlType): GraphmlType {
  if (!a || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function collectKeys(elements: Iterable<Attributes>) {
  const keys = new Map<string, GraphmlType>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined)
        keys.set(name, widen(keys.get(name), typeOf(value)));
    }
  }
  return keys;
}

function dataLines(attributes: Attributes, ids: Map<string, string>) {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(
      ([name, value]) => `      <data key="${ids.get(name)}">${xmlEscape(String(value))}</data>`,
    );
}

function element(open: string, lines: string[], tag: string) {
  return lines.length ? [`    ${open}>`, ...lines, `    </${tag}>`] : [`    ${open}/>`];
}

/**
 * GraphML, which graphology-graphml can read but not write: attribute keys are declared with
 * their types so Gephi and yEd import numbers as numbers.
 */
export function writeGraphml(view: ExchangeView): string {
  const graph = toGraphology(view);
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  const keyLines: string[] = [];
  const declare = (scope: Scope, keys: Map<string, GraphmlType>) => {
    for (const [name, type] of keys) {
      const id = `${scope[0]}${ids[scope].size}`;
      ids[scope].set(name, id);
      keyLines.push(
        `  <key id="${id}" for="${scope}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`,
      );
    }
  };
  declare('node', collectKeys(graph.mapNodes((_, attributes) => attributes)));
  declare('edge', collectKeys(graph.mapEdges((_, attributes) => attributes)));

  const body: string[] = [];
  graph.forEachNode((node, attributes) => {
    body.push(...element(`<node id="${xmlEscape(node)}"`, dataLines(attributes, ids.node), 'node'));
  });
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const open = `<edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}"`;
    body.push(...element(open, dataLines(attributes, ids.edge), 'edge'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    '  <graph id="treatygraph" edgedefault="directed">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
