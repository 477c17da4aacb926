import type { ExchangeValue } from './exchange-view';

/**
 * GraphML, GEXF and CSV hold one scalar per attribute, so nested data is flattened to dotted keys
 * and lists of scalars are joined; a reader gets every fact back as text rather than losing it.
 */
export function flatAttributes(
  data: Readonly<Record<string, unknown>>,
  prefix = '',
): Record<string, Exclude<ExchangeValue, readonly unknown[]>> {
  const out: Record<string, Exclude<ExchangeValue, readonly unknown[]>> = {};
  for (const [key, value] of Object.entries(data)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'boolean') out[name] = value;
    else if (typeof value === 'number') {
      if (Number.isFinite(value)) out[name] = value;
    } else if (Array.isArray(value)) {
      out[name] = value.every(isScalar) ? value.join('; ') : JSON.stringify(value);
    } else if (typeof value === 'object') {
      Object.assign(out, flatAttributes(value as Record<string, unknown>, name));
    } else out[name] = String(value);
  }
  return out;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
