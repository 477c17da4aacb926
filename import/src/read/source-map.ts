import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';

export type Position = { line: number; column: number };

/** A parsed YAML or JSON text that can say where any field path sits in it. */
export type SourceMap = {
  /** The plain value, for validation. */
  value: unknown;
  /** Syntax errors, each with its position; the value is not to be trusted when any exist. */
  syntaxErrors: { message: string; position: Position }[];
  /**
   * Where the value at `path` starts; for a missing field, where its nearest existing parent
   * starts. With `key`, where that key of the map at `path` is written.
   */
  positionOf(path: readonly PropertyKey[], key?: string): Position;
};

// The key and value nodes one path segment below `node`, following YAML aliases (*anchor).
function child(document: Document, node: unknown, segment: PropertyKey) {
  const target = isAlias(node) ? node.resolve(document) : node;
  if (isMap(target)) {
    const pair = target.items.find(
      (p) => isScalar(p.key) && String(p.key.value) === String(segment),
    );
    return pair && { key: pair.key as Node, value: pair.value as Node | null };
  }
  if (isSeq(target) && typeof segment === 'number') {
    const item = target.items[segment] as Node | undefined;
    return item && { key: undefined, value: item };
  }
  return undefined;
}

/**
 * Parses YAML, or JSON (a subset of YAML 1.2), keeping offsets so every issue can be reported
 * with its line and column whichever of the two the author wrote.
 */
export function parseSource(text: string): SourceMap {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const syntaxErrors = document.errors.map((e) => ({
    message: e.message,
    position: at(e.pos[0]),
  }));
  let value: unknown;
  try {
    value = syntaxErrors.length === 0 ? document.toJS() : undefined;
  } catch (error) {
    // The yaml library refuses alias bombs ("billion laughs") while building the value.
    syntaxErrors.push({ message: (error as Error).message, position: at(0) });
  }
  return {
    value,
    syntaxErrors,
    positionOf(path, key) {
      let node: Node | null | undefined = document.contents;
      let found = node?.range?.[0] ?? 0;
      for (const segment of key === undefined ? path : [...path, key]) {
        const next = child(document, node, segment);
        if (!next) break;
        // A key is located at its own text; a value at the value, or at its key when empty.
        const located = segment === key ? next.key : (next.value ?? next.key);
        found = located?.range?.[0] ?? found;
        node = next.value;
      }
      return at(found);
    },
  };
}
