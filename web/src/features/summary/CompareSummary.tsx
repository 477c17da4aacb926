import { COMPARE_GROUPS, COMPARE_STYLES, type CompareGroup } from '../../graph/palettes';
import type { CompareView } from '../views/use-compare-view';
import SearchableGroups from './SearchableGroups';

type Props = { view: CompareView; onSelect: (id: string) => void };

const TITLES: Record<CompareGroup, string> = {
  onlyA: 'Only in A',
  both: 'In both',
  onlyB: 'Only in B',
  undetermined: 'Not known on this date',
};

/**
 * Compare in words: the three groups, searchable, each with its own CSV export, then (when there are any)
 * the states whose standing the data cannot decide on the date, with a note saying why.
 */
export default function CompareSummary({ view, onSelect }: Props) {
  const groups = COMPARE_GROUPS.filter(
    (group) => group !== 'undetermined' || view.comparison.undetermined.length > 0,
  ).map((group) => ({
    key: group,
    title: TITLES[group],
    color: COMPARE_STYLES[group].color,
    states: view.comparison[group],
  }));
  return (
    <section className="summary" aria-label="Comparison">
      <h2>Compare</h2>
      <dl className="facts">
        <div className="facts__row">
          <dt>A</dt>
          <dd>{view.a.name}</dd>
        </div>
        <div className="facts__row">
          <dt>B</dt>
          <dd>{view.b.name}</dd>
        </div>
      </dl>
      <SearchableGroups groups={groups} csvPrefix="compare" onSelect={onSelect} />
      {view.comparison.undetermined.length > 0 && (
        <p className="details__meta" data-note="undetermined">
          Not known: a consent to be bound is recorded without its date, and this date precedes the
          evidence for it, so these states are in none of the three groups.
        </p>
      )}
    </section>
  );
}
