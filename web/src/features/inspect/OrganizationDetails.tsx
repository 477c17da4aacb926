import Facts from '../../ui/Facts';
import type { DetailsProps } from './inspect-context';
import RelatedList from './RelatedList';

/**
 * An organization. The API has no organization query yet, so this shows what the corpus query
 * already loaded: the name, the acronym, the declarations that support it and those it signed.
 */
export default function OrganizationDetails({ node, graph, onSelect }: DetailsProps) {
  return (
    <article className="details">
      <p className="details__kind">Organization</p>
      <h2>{node.name}</h2>
      <Facts rows={[['Acronym', node.acronym]]} />
      <RelatedList
        title="Supported by"
        nodes={graph.neighbours(node.id, 'SUPPORTS')}
        onSelect={onSelect}
      />
      <RelatedList
        title="Signed"
        nodes={graph.neighbours(node.id, 'ORGANIZATION_SIGNED')}
        onSelect={onSelect}
      />
    </article>
  );
}
