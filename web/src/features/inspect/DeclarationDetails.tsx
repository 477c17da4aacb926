import { request } from '../../api/client';
import { DeclarationDetailsDocument } from '../../api/generated/graphql';
import { useLoad } from '../../api/use-load';
import Facts from '../../ui/Facts';
import { formatDate } from '../../ui/format-date';
import StatusMessage from '../../ui/StatusMessage';
import type { DetailsProps } from './inspect-context';
import NodeLink from './NodeLink';
import RelatedList from './RelatedList';
import SourceList from './SourceList';

/** A declaration: when and where it was adopted, by how many, what it cites and who reported it. */
export default function DeclarationDetails({ node, ...context }: DetailsProps) {
  const { graph, onSelect } = context;
  const id = node.key;
  const [load, retry] = useLoad(`declaration:${id}`, (signal) =>
    request(DeclarationDetailsDocument, { id }, { signal }),
  );
  if (load.status === 'idle' || load.status === 'loading') {
    return <StatusMessage kind="loading" text="Loading the declaration…" />;
  }
  if (load.status === 'error') {
    return <StatusMessage kind="error" error={load.error} onRetry={retry} />;
  }
  const declaration = load.data.declaration;
  if (!declaration) {
    return <StatusMessage kind="empty" text="This declaration is no longer in the graph." />;
  }
  const { signatoryCount, partialSignatories, supports } = declaration;

  return (
    <article className="details">
      <p className="details__kind">Declaration</p>
      <h2>{declaration.title}</h2>
      <Facts
        rows={[
          ['Adopted', formatDate(declaration.adoptedOn)],
          ['Occasion', declaration.occasion],
          ['Venue', declaration.venue],
          ['Issued for', declaration.group?.name],
          [
            'Signatories',
            partialSignatories
              ? `${signatoryCount} known (the source lists only some)`
              : signatoryCount,
          ],
        ]}
      />
      {declaration.summary && <p className="details__summary">{declaration.summary}</p>}

      <RelatedList
        title="References"
        nodes={graph.neighbours(node.id, 'REFERENCES')}
        onSelect={onSelect}
      />
      {supports.length > 0 && (
        <>
          <h3>Supports ({supports.length})</h3>
          <ul className="details__list">
            {supports.map(({ organization, role }) => (
              <li key={organization.id}>
                <NodeLink target={{ kind: 'Organization', key: organization.id }} {...context}>
                  {organization.name}
                </NodeLink>
                {role && <span className="details__meta">{role}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <SourceList sources={declaration.sources} />
      <RelatedList
        title="Signatories"
        nodes={graph.neighbours(node.id, 'SIGNED')}
        onSelect={onSelect}
        compact
      />
      <RelatedList
        title="Non-state signatories"
        nodes={graph.neighbours(node.id, 'ORGANIZATION_SIGNED')}
        onSelect={onSelect}
      />
    </article>
  );
}
