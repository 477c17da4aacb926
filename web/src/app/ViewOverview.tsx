import CompareOverview from '../features/summary/CompareOverview';
import YearChart from '../features/treaty/YearChart';
import type { ShownView } from './use-view-model';

/**
 * Above the graph: what a treaty-centred view is at a glance (the years of Treaty parties, the
 * counts of Compare), and, when a large view switched to blocks, a note saying so.
 */
export default function ViewOverview({ shown }: { shown: ShownView }) {
  const { blocks } = shown.model;
  if (shown.kind !== 'treaty' && shown.kind !== 'compare') return null;
  return (
    <div className="stage__overview">
      {shown.kind === 'treaty' ? (
        <YearChart
          counts={shown.model.years}
          name={shown.model.instrumentName}
          fileKey={shown.model.instrumentId}
        />
      ) : (
        <CompareOverview view={shown.model} />
      )}
      {blocks && (
        <p className="stage__blocks" role="note">
          {blocks}
        </p>
      )}
    </div>
  );
}
