import type { GraphElements } from '../graph/elements';
import type { ColorKey } from '../graph/paint';

/** What makes an exported image stand alone: what it shows, when, what colours mean, whence. */
export type ExportFrame = {
  title: string;
  /** Lines under the title: the years, the date parties count on, how recent the data is. */
  details: string[];
  legendTitle: string;
  /** `hollow` entries are drawn as a dashed ring, as on the canvas ("No record"). */
  legend: { label: string; color: string; hollow?: boolean }[];
  attribution: string;
};

const MAX_NAMED_SOURCES = 5;

/**
 * The sources behind the drawn ties, most cited first, as one line.
 * @example attribution(elements) // 'Sources: BelTA, UNTC and 3 more. Drawn with treatygraph.'
 */
export function attribution(elements: GraphElements): string {
  const counts = new Map<string, number>();
  for (const { data } of elements.edges) {
    for (const name of data.reportedBy?.split('; ') ?? []) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = names.slice(0, MAX_NAMED_SOURCES).map(([name]) => name);
  const more = names.length - shown.length;
  const list =
    shown.length === 0
      ? 'Sources: as recorded in the treatygraph corpus.'
      : `Sources: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
  return `${list} Drawn with treatygraph.`;
}

type FrameInput = {
  view: string;
  elements: GraphElements;
  colorKey: ColorKey;
  years: { from: number; to: number };
  /** The date Treaty status, Compare and party edges count on. */
  date: string;
  /** The newest adoption date the data holds, or null when unknown. */
  dataAsOf: string | null;
  /** The view's own lines under the title, in place of the declaration years and dates. */
  details?: string[] | undefined;
  /** A line added under the details, such as how old the status data colouring states is. */
  note?: string | null;
};

/** The frame of an export of the current view. */
export function exportFrame(input: FrameInput): ExportFrame {
  const { years } = input;
  return {
    title: `treatygraph: ${input.view}`,
    details: [
      ...(input.details ?? [
        `Declarations adopted ${years.from === years.to ? years.from : `${years.from}–${years.to}`}; parties as of ${input.date}.`,
        input.dataAsOf
          ? `Data as at ${input.dataAsOf} (the newest declaration held).`
          : 'Data: no declaration dates held.',
      ]),
      ...(input.note ? [input.note] : []),
    ],
    legendTitle: input.colorKey.title,
    legend: input.colorKey.entries.map(({ label, color, hollow }) =>
      hollow ? { label, color, hollow } : { label, color },
    ),
    attribution: attribution(input.elements),
  };
}

/** A piece of text or a colour swatch, placed in pixels from the frame's top left. */
export type FrameText = { x: number; y: number; size: number; bold: boolean; text: string };
export type FrameSwatch = { x: number; y: number; size: number; color: string; hollow?: boolean };
export type FrameBand = { height: number; texts: FrameText[]; swatches: FrameSwatch[] };

const PAD = 16;
/** Average glyph width in ems, as the SVG writer assumes for wrapping. */
const GLYPH_EM = 0.56;
const BOLD_GLYPH_EM = 0.62;

/**
 * Places the frame around a drawing `width` pixels wide: a header (title and details) and a
 * footer (legend, wrapped into rows, then the attribution), each y relative to its band's top.
 * `k` scales every size (the PNG's scale).
 */
export function frameLayout(
  frame: ExportFrame,
  width: number,
  k = 1,
): { header: FrameBand; footer: FrameBand } {
  const pad = PAD * k;
  const header: FrameBand = { height: 0, texts: [], swatches: [] };
  let y = pad + 18 * k;
  header.texts.push({ x: pad, y, size: 18 * k, bold: true, text: frame.title });
  for (const line of frame.details) {
    y += 18 * k;
    header.texts.push({ x: pad, y, size: 12 * k, bold: false, text: line });
  }
  header.height = y + pad / 2;

  const footer: FrameBand = { height: 0, texts: [], swatches: [] };
  const size = 12 * k;
  let fy = pad / 2 + size;
  footer.texts.push({ x: pad, y: fy, size, bold: true, text: frame.legendTitle });
  // Bold glyphs (digits most) run wider than the average: dates in the title touched the swatch.
  let x = pad + (frame.legendTitle.length * BOLD_GLYPH_EM * size + 12 * k);
  for (const entry of frame.legend) {
    const itemWidth = size + 6 * k + entry.label.length * GLYPH_EM * size + 14 * k;
    if (x + itemWidth > width - pad && x > pad) {
      x = pad;
      fy += 18 * k;
    }
    const hollow = entry.hollow ? { hollow: true } : {};
    footer.swatches.push({ x, y: fy - size * 0.85, size, color: entry.color, ...hollow });
    footer.texts.push({ x: x + size + 6 * k, y: fy, size, bold: false, text: entry.label });
    x += itemWidth;
  }
  fy += 20 * k;
  footer.texts.push({ x: pad, y: fy, size: 11 * k, bold: false, text: frame.attribution });
  footer.height = fy + pad;
  return { header, footer };
}

/** The narrowest drawing the frame's longest line fits beside, at scale `k`. */
export function frameWidth(frame: ExportFrame, k = 1): number {
  const longest = Math.max(
    frame.title.length * 18,
    ...frame.details.map((line) => line.length * 12),
    frame.attribution.length * 11,
  );
  return Math.ceil(longest * GLYPH_EM * k + 2 * PAD * k);
}
