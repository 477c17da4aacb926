import type { SearchQuery } from '../../api/generated/graphql';
import type { NodeRef } from '../../graph/kinds';

export type SearchHit = { ref: NodeRef; name: string; detail: string };

const KIND_LABELS = {
  State: 'State',
  Declaration: 'Declaration',
  Instrument: 'Instrument',
  Organization: 'Organization',
} as const;

/**
 * The API's search hits as picker rows: what to select (kind and key), a name and a detail line.
 * @example toSearchHits(data.search)[0] // { ref: { kind: 'State', key: 'LAO' }, name: 'Laos', detail: 'State · Asia' }
 */
export function toSearchHits(hits: SearchQuery['search']): SearchHit[] {
  return hits.map(({ entity }) => {
    switch (entity.__typename) {
      case 'State':
        return {
          ref: { kind: 'State', key: entity.code },
          name: entity.name,
          detail: [KIND_LABELS.State, entity.region].filter(Boolean).join(' · '),
        };
      case 'Declaration':
        return {
          ref: { kind: 'Declaration', key: entity.id },
          name: entity.title,
          detail: [KIND_LABELS.Declaration, entity.adoptedOn].filter(Boolean).join(' · '),
        };
      case 'Instrument':
        return {
          ref: { kind: 'Instrument', key: entity.id },
          name: entity.shortName ?? entity.name,
          detail: KIND_LABELS.Instrument,
        };
      case 'Organization':
        return {
          ref: { kind: 'Organization', key: entity.id },
          name: entity.acronym ? `${entity.name} (${entity.acronym})` : entity.name,
          detail: KIND_LABELS.Organization,
        };
    }
  });
}
