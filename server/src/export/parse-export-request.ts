import { isoDate } from '@treatygraph/schema';
import { z } from 'zod';
import type { CoalitionFilter } from '../cypher/co-signature-network';
import { AppError } from '../errors';
import { parseGraphViewInput } from '../graph-view-input';
import type { GraphViewOptions } from '../loaders/graph-view';
import { EXPORT_FORMATS } from './export-file';
import type { CsvPart, ExportFormat } from './export-file';

export const EXPORT_PATH = /^\/export\/view\.([a-z]+)$/;

export type ExportRequest = {
  format: ExportFormat;
  part: CsvPart;
  target:
    | { kind: 'view'; options: GraphViewOptions }
    | { kind: 'network'; filter: CoalitionFilter; resolution?: number };
};

const networkSchema = z.strictObject({
  declarations: z.array(z.string().min(1).max(200)).max(1_000).nullish(),
  from: isoDate.nullish(),
  to: isoDate.nullish(),
  regions: z.array(z.string().min(1).max(100)).max(30).nullish(),
});

const bad = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { details });

function json(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw bad(
      `The ${name} parameter is not JSON: pass it URL-encoded, for example ?${name}=%7B%7D.`,
      {
        parameter: name,
      },
    );
  }
}

function networkTarget(url: URL, value: unknown): ExportRequest['target'] {
  const parsed = networkSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'network'}: ${i.message}`);
    throw bad(`Invalid network: ${issues.join('; ')}`, { parameter: 'network', issues });
  }
  const raw = url.searchParams.get('resolution');
  const resolution = raw === null ? undefined : Number(raw);
  if (resolution !== undefined && !(resolution > 0 && resolution <= 10)) {
    throw bad('resolution must be a number above 0 and at most 10.', { parameter: 'resolution' });
  }
  return { kind: 'network', filter: parsed.data, resolution };
}

/**
 * Reads `GET /export/view.<format>?view=<GraphViewInput JSON>` (or `?network=<CoalitionFilter
 * JSON>&resolution=1` for the co-signature network; neither means the default view), plus
 * `part=nodes|edges` for CSV (edges by default). Throws BAD_USER_INPUT saying what is wrong.
 */
export function parseExportRequest(url: URL): ExportRequest {
  const extension = EXPORT_PATH.exec(url.pathname)?.[1] ?? '';
  const format = EXPORT_FORMATS.find((f) => f === extension);
  if (!format) {
    throw bad(`Unknown export format "${extension}": use ${EXPORT_FORMATS.join(', ')}.`, {
      parameter: 'format',
    });
  }
  const part = url.searchParams.get('part') ?? 'edges';
  if (part !== 'nodes' && part !== 'edges') {
    throw bad('part must be nodes or edges.', { parameter: 'part' });
  }
  const view = json(url, 'view');
  const network = json(url, 'network');
  if (view !== undefined && network !== undefined) {
    throw bad('Pass either view or network, not both.', { parameter: 'view' });
  }
  const target: ExportRequest['target'] =
    network !== undefined
      ? networkTarget(url, network)
      : { kind: 'view', options: parseGraphViewInput(view ?? {}) };
  return { format, part, target };
}
