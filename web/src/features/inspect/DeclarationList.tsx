import { formatDate } from '../../ui/format-date';
import type { InspectContext } from './inspect-context';
import NodeLink from './NodeLink';

type Props = InspectContext & {
  title: string;
  declarations: readonly { id: string; title: string; adoptedOn?: string | null }[];
  /** What to say when the list is empty. */
  none: string;
};

/** A heading and declarations as links, each with its adoption date. */
export default function DeclarationList({ title, declarations, none, ...context }: Props) {
  return (
    <>
      <h3>
        {title} ({declarations.length})
      </h3>
      {declarations.length === 0 ? (
        <p className="details__none">{none}</p>
      ) : (
        <ul className="details__list">
          {declarations.map((declaration) => (
            <li key={declaration.id}>
              <NodeLink target={{ kind: 'Declaration', key: declaration.id }} {...context}>
                {declaration.title}
              </NodeLink>
              <span className="details__meta">{formatDate(declaration.adoptedOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
