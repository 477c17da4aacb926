import { COMPARE_STYLES } from '../../graph/palettes';
import type { CompareView } from '../views/use-compare-view';

type Props = { view: CompareView };

const R = 46;
/** The three regions of the two circles: each count sits in its own. */
const REGIONS = [
  { group: 'onlyA', x: 92, label: 'only A' },
  { group: 'both', x: 150, label: 'both' },
  { group: 'onlyB', x: 208, label: 'only B' },
] as const;

/**
 * Compare at a glance, whatever its size: A and B as two overlapping circles with how many
 * states are only in A, in both and only in B, and how many the data cannot place (no record on
 * one side, or not known on the date).
 */
export default function CompareOverview({ view }: Props) {
  const { onlyA, both, onlyB, undetermined, noRecordInA, noRecordInB } = view.comparison;
  const unplaced = [
    { count: noRecordInB.length, text: 'in A with no record in B' },
    { count: noRecordInA.length, text: 'in B with no record in A' },
    { count: undetermined.length, text: 'not known on this date' },
  ].filter(({ count }) => count > 0);
  const description =
    `Only in A (${view.a.label}): ${onlyA.length}; in both: ${both.length}; ` +
    `only in B (${view.b.label}): ${onlyB.length}` +
    unplaced.map(({ count, text }) => `; ${text}: ${count}`).join('');
  return (
    <figure
      className="compare-overview"
      data-counts={`${onlyA.length},${both.length},${onlyB.length}`}
    >
      <svg viewBox="0 0 300 110" role="img" aria-label={description}>
        {(['onlyA', 'onlyB'] as const).map((side, i) => (
          <circle
            key={side}
            cx={115 + i * 70}
            cy={55}
            r={R}
            fill={COMPARE_STYLES[side].color}
            fillOpacity={0.18}
            stroke={COMPARE_STYLES[side].color}
          />
        ))}
        {REGIONS.map(({ group, x, label }) => (
          <g key={group} textAnchor="middle" fill={COMPARE_STYLES[group].color}>
            <text x={x} y={60} fontSize="20" fontWeight="600">
              {view.comparison[group].length}
            </text>
            <text x={x} y={76} fontSize="9">
              {label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <p>
          <strong>A</strong> {view.a.name}
        </p>
        <p>
          <strong>B</strong> {view.b.name}
        </p>
        {unplaced.map(({ count, text }) => (
          <p key={text} className="details__meta">
            {count === 1 ? '1 state' : `${count} states`} {text}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}
