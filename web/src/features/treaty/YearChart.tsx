import { download } from '../../export/download';
import { STATUS_STYLES } from '../../graph/palettes';
import { yearCsv, type YearCounts } from './year-counts';

type Props = { counts: YearCounts; name: string; fileKey: string };

const WIDTH = 720;
const HEIGHT = 150;
const LEFT = 34;
const RIGHT = 44;
const TOP = 24;
const BOTTOM = 20;
const SIGNED = STATUS_STYLES.SIGNED_ONLY.color;
const BOUND = STATUS_STYLES.PARTY.color;
const PARTIES = '#0072B2';

/**
 * How many states signed and became bound each year (bars, left scale), and how many were
 * party at each year's end (line, right scale), with the same figures as a table and as CSV.
 */
export default function YearChart({ counts, name, fileKey }: Props) {
  const { years, undated } = counts;
  if (years.length === 0) {
    return <p className="year-chart__none">No dated signature or consent to count by year.</p>;
  }
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const step = plotWidth / years.length;
  const bar = Math.max(1, step * 0.38);
  const most = Math.max(1, ...years.map((y) => Math.max(y.signed, y.bound)));
  const partiesMax = Math.max(1, ...years.map((y) => y.parties));
  const yOf = (value: number, max: number) => TOP + plotHeight - (value / max) * plotHeight;
  const line = years
    .map(
      (y, i) => `${(LEFT + (i + 0.5) * step).toFixed(1)},${yOf(y.parties, partiesMax).toFixed(1)}`,
    )
    .join(' ');
  const every = Math.max(1, Math.ceil(years.length / 12));
  const busiest = years.reduce((best, y) => (y.bound > best.bound ? y : best));
  const last = years[years.length - 1];
  const description =
    `${name}: ${last?.parties ?? 0} parties at the end of ${last?.year ?? ''}; ` +
    `most consents in ${busiest.year} (${busiest.bound}).`;
  return (
    <figure className="year-chart" data-years={years.length}>
      <figcaption>
        <span>
          {name} by year: signatures and consents (bars), parties (line)
          {undated > 0 && ` · ${undated} consents without a date are in no year`}
        </span>
        <button
          type="button"
          className="state-groups__export"
          onClick={() =>
            download(
              `treatygraph-treaty-${fileKey}-years.csv`,
              new Blob([yearCsv(years)], { type: 'text/csv;charset=utf-8' }),
            )
          }
        >
          CSV of the years
        </button>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        <g className="year-chart__key" fontSize="11">
          <rect x={LEFT} y={6} width={10} height={10} fill={SIGNED} />
          <text x={LEFT + 14} y={15}>
            signed that year
          </text>
          <rect x={LEFT + 110} y={6} width={10} height={10} fill={BOUND} />
          <text x={LEFT + 124} y={15}>
            bound that year
          </text>
          <line x1={LEFT + 220} x2={LEFT + 236} y1={11} y2={11} stroke={PARTIES} strokeWidth={2} />
          <text x={LEFT + 240} y={15}>
            parties at year end (right scale)
          </text>
        </g>
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={TOP + plotHeight}
          y2={TOP + plotHeight}
          stroke="#999"
        />
        <g fontSize="10" fill="#555">
          <text x={LEFT - 4} y={TOP + 4} textAnchor="end">
            {most}
          </text>
          <text x={LEFT - 4} y={TOP + plotHeight} textAnchor="end">
            0
          </text>
          <text x={WIDTH - RIGHT + 4} y={TOP + 4} fill={PARTIES}>
            {partiesMax}
          </text>
        </g>
        {years.map((y, i) => {
          const x = LEFT + i * step + step / 2;
          return (
            <g key={y.year}>
              <title>
                {`${y.year}: ${y.signed} signed, ${y.bound} bound` +
                  `${y.withdrawn ? `, ${y.withdrawn} withdrew` : ''}; ${y.parties} parties`}
              </title>
              <rect
                x={x - bar}
                y={yOf(y.signed, most)}
                width={bar}
                height={TOP + plotHeight - yOf(y.signed, most)}
                fill={SIGNED}
              />
              <rect
                x={x}
                y={yOf(y.bound, most)}
                width={bar}
                height={TOP + plotHeight - yOf(y.bound, most)}
                fill={BOUND}
              />
              {i % every === 0 && (
                <text x={x} y={HEIGHT - 5} fontSize="10" textAnchor="middle" fill="#555">
                  {y.year}
                </text>
              )}
            </g>
          );
        })}
        <polyline points={line} fill="none" stroke={PARTIES} strokeWidth={2} />
      </svg>
      <details>
        <summary>The years as a table</summary>
        <table className="year-chart__table">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Signed</th>
              <th scope="col">Bound</th>
              <th scope="col">Withdrew</th>
              <th scope="col">Parties at year end</th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>{y.signed}</td>
                <td>{y.bound}</td>
                <td>{y.withdrawn}</td>
                <td>{y.parties}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
