import { COMPARE_GROUPS, COMPARE_STYLES, type CompareGroup } from '../../graph/palettes';
import type { CompareView, SideData } from '../views/use-compare-view';
import { formatDate } from '../../ui/format-date';
import SearchableGroups from './SearchableGroups';

type Props = { view: CompareView; onSelect: (id: string) => void };

const TITLES: Record<CompareGroup, string> = {
  onlyA: 'Only in A',
  noRecordInB: 'In A; no record in B',
  both: 'In both',
  noRecordInA: 'In B; no record in A',
  onlyB: 'Only in B',
  undetermined: 'Not known on this date',
};

// Lists shown even when empty: the three the comparison is about.
const ALWAYS: readonly CompareGroup[] = ['onlyA', 'both', 'onlyB'];

/**
 * Compare in words: the three groups, searchable, each with its own CSV export, then (when there are any)
 * the states whose standing the data cannot decide on the date, with a note saying why.
 */
export default function CompareSummary({ view, onSelect }: Props) {
  const groups = COMPARE_GROUPS.filter(
    (group) => ALWAYS.includes(group) || view.comparison[group].length > 0,
  ).map((group) => ({
    key: group,
    title: TITLES[group],
    ...COMPARE_STYLES[group],
    states: view.comparison[group],
  }));
  return (
    <section className="summary" aria-label="Comparison">
      <h2>Compare</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>A</dt>
          <dd>
            {view.a.name}
            <SideNote side={view.sides.a} date={view.date} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>B</dt>
          <dd>
            {view.b.name}
            <SideNote side={view.sides.b} date={view.date} />
          </dd>
        </div>
      </dl>
      <SearchableGroups groups={groups} csvPrefix="compare" onSelect={onSelect} />
      {view.comparison.noRecordInA.length + view.comparison.noRecordInB.length > 0 && (
        <p className="details__meta" data-note="no-record">
          No record: the side’s data is partial (no complete table covers it), so these members of
          the other side may belong to both; they are not counted as “only” in the other.
        </p>
      )}
      {view.comparison.undetermined.length > 0 && (
        <p className="details__meta" data-note="undetermined">
          Not known: a consent to be bound is recorded without its date, and this date precedes the
          evidence for it, so these states are in none of the three groups.
        </p>
      )}
    </section>
  );
}

/**
 * What an instrument side rests on: the data's as-at date and source, whether states it does not
 * list are not party (a complete table) or have no record, and a warning when the date asked
 * is later than the data.
 */
function SideNote({ side, date }: { side: SideData; date: string }) {
  if (!side.asOf) return null;
  const source = side.source?.publisher ?? side.source?.title;
  const basis = side.complete
    ? `complete table${source ? ` of ${source}` : ''} as at ${formatDate(side.asOf)}: states it does not list are not party`
    : `partial records, newest as at ${formatDate(side.asOf)}: states they do not list have no record`;
  return (
    <span className="details__meta" data-note="side-basis">
      {basis}
      {date > side.asOf && (
        <strong className="details__stale">
          {' '}
          · data as at {formatDate(side.asOf)}, older than {formatDate(date)}
        </strong>
      )}
    </span>
  );
}
