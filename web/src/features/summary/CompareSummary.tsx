import { download } from '../../export/download';
import { COMPARE_GROUPS, COMPARE_STYLES, type CompareGroup } from '../../graph/palettes';
import type { CompareView } from '../views/use-compare-view';
import { groupCsv } from './group-csv';
import StateGroups from './StateGroups';

type Props = { view: CompareView; onSelect: (id: string) => void };

/** Compare in words: the three groups, each with its own CSV export. */
export default function CompareSummary({ view, onSelect }: Props) {
  const title = (group: CompareGroup): string =>
    group === 'both' ? 'In both' : `Only in ${group === 'onlyA' ? 'A' : 'B'}`;
  const groups = COMPARE_GROUPS.map((group) => ({
    key: group,
    title: title(group),
    color: COMPARE_STYLES[group].color,
    states: view.comparison[group],
    action: (
      <button
        type="button"
        className="state-groups__export"
        aria-label={`Export “${title(group)}” as CSV`}
        onClick={() =>
          download(
            `treatygraph-compare-${group}.csv`,
            new Blob([groupCsv(view.comparison[group])], { type: 'text/csv;charset=utf-8' }),
          )
        }
      >
        CSV
      </button>
    ),
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
      <StateGroups groups={groups} onSelect={onSelect} />
    </section>
  );
}
