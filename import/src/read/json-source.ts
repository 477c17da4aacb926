import type { SourceMap } from './source-map';
import { parseSource } from './source-map';

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

// JSON.parse keeps the last of two equal keys silently; the YAML parser reports them. Valid
// JSON only, so a string is a key exactly when a colon follows it.
function hasDuplicateKey(text: string): boolean {
  const objects: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 123) objects.push(new Set());
    else if (c === 91) objects.push(null);
    else if (c === 125 || c === 93) objects.pop();
    else if (c === 34) {
      let end = i + 1;
      while (text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      let next = end + 1;
      while (isSpace(text.charCodeAt(next))) next += 1;
      const keys = objects[objects.length - 1];
      if (keys && text.charCodeAt(next) === 58) {
        const key = text.slice(i + 1, end);
        if (keys.has(key)) return true;
        keys.add(key);
      }
      i = end;
    }
  }
  return false;
}

/**
 * A JSON object read with `JSON.parse`, many times faster than the source-mapped parser, which
 * runs only when a position is asked for (an issue to report). Undefined when the text is not
 * plain JSON (YAML, a syntax error, a repeated key): the caller then reads it with `parseSource`.
 */
export function parseJsonSource(text: string): SourceMap | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (hasDuplicateKey(text)) return undefined;
  let located: SourceMap | undefined;
  return {
    value,
    syntaxErrors: [],
    positionOf(path, key) {
      located ??= parseSource(text);
      return located.positionOf(path, key);
    },
  };
}
