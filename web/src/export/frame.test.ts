import { describe, expect, it } from 'vitest';
import { createCorpusElements } from '../graph/elements';
import { sharedNeighbours, traffickingStatement } from '../test-fixtures/corpus';
import { attribution, exportFrame, frameLayout, frameWidth } from './frame';
import { writeSvg } from './svg';

const elements = createCorpusElements([traffickingStatement, sharedNeighbours]);
const input = {
  view: 'Signatories',
  elements,
  colorKey: {
    title: 'States by UN region',
    entries: [
      { label: 'Africa', color: '#E69F00', count: 1 },
      { label: 'Asia', color: '#009E73', count: 2 },
    ],
  },
  years: { from: 2000, to: 2026 },
  date: '2026-12-02',
  dataAsOf: '2025-07-30',
};
const frame = exportFrame(input);

describe('the frame of an exported image', () => {
  it('names the view, the years, the date parties count on and how recent the data is', () => {
    expect(frame.title).toBe('treatygraph: Signatories');
    expect(frame.details).toEqual([
      'Declarations adopted 2000–2026; parties as of 2026-12-02.',
      'Data as at 2025-07-30 (the newest declaration held).',
    ]);
  });

  it('takes a view’s own lines in place of the declaration years', () => {
    const votes = exportFrame({
      ...input,
      details: ['UN General Assembly roll calls, 2010–2019.'],
    });
    expect(votes.details).toEqual(['UN General Assembly roll calls, 2010–2019.']);
  });

  it('adds a note, such as how old the status data is, under the details', () => {
    const noted = exportFrame({ ...input, note: 'The data is as at 1 January 2015 (UNTC).' });
    expect(noted.details.at(-1)).toBe('The data is as at 1 January 2015 (UNTC).');
    expect(noted.details).toHaveLength(3);
  });

  it('draws a hollow colour ("No record") as a dashed ring in the SVG legend', () => {
    const noRecord = exportFrame({
      ...input,
      colorKey: {
        title: 'CRC status on 1991-01-01',
        entries: [
          { label: 'Party', color: '#009E73', count: 8 },
          { label: 'No record', color: '#4B5563', count: 1, hollow: true },
        ],
      },
    });
    expect(noRecord.legend).toEqual([
      { label: 'Party', color: '#009E73' },
      { label: 'No record', color: '#4B5563', hollow: true },
    ]);
    const swatches = frameLayout(noRecord, 800).footer.swatches;
    expect(swatches.map((s) => s.hollow ?? false)).toEqual([false, true]);
    const svg = writeSvg({ nodes: [], edges: [], background: '#fff', frame: noRecord });
    expect(svg).toMatch(/fill="#FFFFFF" stroke="#4B5563"[^>]*stroke-dasharray/);
    expect(svg).toMatch(/<rect [^>]*fill="#009E73"\/>/);
  });

  it('credits the sources of the drawn ties, most cited first', () => {
    expect(attribution(elements)).toBe('Sources: BelTA. Drawn with treatygraph.');
    expect(attribution({ nodes: [], edges: [] })).toBe(
      'Sources: as recorded in the treatygraph corpus. Drawn with treatygraph.',
    );
  });

  it('wraps the legend into rows that fit the width', () => {
    const many = {
      ...frame,
      legend: Array.from({ length: 12 }, (_, i) => ({ label: `Coalition ${i}`, color: '#000' })),
    };
    const { footer } = frameLayout(many, 400);
    expect(footer.swatches).toHaveLength(12);
    expect(Math.max(...footer.swatches.map((s) => s.x + s.size))).toBeLessThan(400);
    expect(new Set(footer.swatches.map((s) => s.y)).size).toBeGreaterThan(1);
  });

  it('draws title, legend and attribution around the SVG drawing', () => {
    const node = {
      x: 0,
      y: 0,
      width: 20,
      height: 20,
      shape: 'ellipse',
      fill: '#009E73',
      stroke: '#fff',
      strokeWidth: 1,
      label: 'Laos',
      fontSize: 10,
      bold: false,
      opacity: 1,
    };
    const svg = writeSvg({ nodes: [node], edges: [], background: '#fff', frame });
    expect(svg).toContain('>treatygraph: Signatories</text>');
    expect(svg).toContain('>Asia</text>');
    expect(svg).toContain('>Sources: BelTA. Drawn with treatygraph.</text>');
    expect(svg).toMatch(new RegExp(`viewBox="0 0 ${frameWidth(frame)} `));
    expect(svg.match(/<svg /g)).toHaveLength(2);
  });
});
