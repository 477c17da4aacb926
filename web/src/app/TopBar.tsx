import type { ReactNode } from 'react';
import AboutPanel from './AboutPanel';
import type { ViewKey } from './view-state';
import { VIEW_KEYS } from './view-state';

export const VIEW_LABELS: Record<ViewKey, { label: string; hint: string }> = {
  signatories: {
    label: 'Signatories',
    hint: 'Declarations and instruments with their signatories',
  },
  coalitions: { label: 'Coalitions', hint: 'Which states sign together' },
  status: { label: 'Treaty status', hint: 'Signatories by their standing with a treaty' },
  treaty: { label: 'Treaty parties', hint: 'Every party of one treaty, and the years they joined' },
  compare: { label: 'Compare', hint: 'Two declarations or instruments side by side' },
  map: { label: 'Geography', hint: 'The co-signature network on a map' },
  votes: { label: 'Votes', hint: 'Who votes alike in the UN General Assembly' },
};

type Props = {
  view: ViewKey;
  onView: (view: ViewKey) => void;
  search: ReactNode;
  time: ReactNode;
};

/** The top bar: the product name, the view tabs, search, the date range and About. */
export default function TopBar({ view, onView, search, time }: Props) {
  return (
    <header className="top-bar">
      <h1>
        treaty<span>graph</span>
      </h1>
      <nav className="top-bar__views" aria-label="Views">
        {VIEW_KEYS.map((key) => (
          <button
            key={key}
            type="button"
            aria-current={key === view ? 'page' : undefined}
            title={VIEW_LABELS[key].hint}
            data-view={key}
            onClick={() => onView(key)}
          >
            {VIEW_LABELS[key].label}
          </button>
        ))}
      </nav>
      {search}
      {time}
      <AboutPanel />
    </header>
  );
}
