import type { ReactNode } from 'react';
import { dotStyle } from '../../ui/dot-style';

export type StateGroup = {
  key: string;
  title: string;
  color: string;
  hollow?: boolean;
  /** `node`: the node a name selects, when it is not the code (an organization's). */
  states: readonly { code: string; node?: string; name: string; note?: string | null }[];
  /** Extra controls beside the heading, such as an export button. */
  action?: ReactNode;
};

type Props = { groups: readonly StateGroup[]; onSelect: (id: string) => void };

/** Lists of states under coloured headings; each name selects its node. */
export default function StateGroups({ groups, onSelect }: Props) {
  return (
    <div className="state-groups">
      {groups.map((group) => (
        <section key={group.key} aria-label={group.title} data-group={group.key}>
          <h3>
            <span className="legend__dot" style={dotStyle(group)} aria-hidden="true" />
            {group.title} ({group.states.length}){group.action}
          </h3>
          {group.states.length === 0 ? (
            <p className="details__none">None.</p>
          ) : (
            <ul className="details__list details__list--compact">
              {group.states.map((state) => (
                <li key={state.node ?? state.code}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelect(state.node ?? state.code)}
                  >
                    {state.name}
                  </button>
                  {state.note && <span className="details__meta">{state.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
