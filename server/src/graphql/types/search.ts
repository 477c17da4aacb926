import { AppError } from '../../errors';
import {
  luceneQuery,
  MAX_SEARCH_SIZE,
  DEFAULT_SEARCH_SIZE,
  SEARCH_LABELS,
  searchQuery,
  searchSize,
} from '../../cypher/search';
import type { SearchLabel } from '../../cypher/search';
import { nodeRecord } from '../../cypher/slim-properties';
import type {
  DeclarationRecord,
  InstrumentRecord,
  OrganizationRecord,
  StateRecord,
} from '../../records';
import { builder } from '../builder';
import { READS_KEY_ONLY } from '../projection';
import { DeclarationRef, InstrumentRef, OrganizationRef, StateRef } from '../refs';

type EntityRecord = StateRecord | DeclarationRecord | InstrumentRecord | OrganizationRecord;

type SearchHit = { score: number; entity: EntityRecord };

const typeOfLabel = {
  State: StateRef,
  Declaration: DeclarationRef,
  Instrument: InstrumentRef,
  Organization: OrganizationRef,
} as const;

/** The label each hit's record came with: records stay plain, as member types expect. */
const labelOfHit = new WeakMap<object, SearchLabel>();

const SearchEntityRef = builder.unionType('SearchEntity', {
  description: 'Something `search` can find: a state, declaration, instrument or organization.',
  types: [StateRef, DeclarationRef, InstrumentRef, OrganizationRef],
  resolveType: (entity) => {
    const label = labelOfHit.get(entity);
    if (!label) throw new Error('search entity without a label');
    return typeOfLabel[label].name;
  },
});

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit');
SearchHitRef.implement({
  description: 'One full-text match and how well it matched.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description: 'Lucene relevance; higher is better, comparable only within one search.',
    }),
    entity: t.field({
      // Passes the hit's record on; its own fields say what of it is read.
      extensions: READS_KEY_ONLY,
      type: SearchEntityRef,
      description: 'The matching node.',
      resolve: (hit) => hit.entity,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over names, aliases and titles of states, declarations, instruments and ' +
      'organizations, best match first. Each word matches exactly, as a prefix, or with one ' +
      'letter wrong; a node one of whose names, codes or aliases is the whole query comes first.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to find, for example "palermo".' }),
      first: t.arg.int({
        description: `How many hits: 0 to ${MAX_SEARCH_SIZE}, default ${DEFAULT_SEARCH_SIZE}.`,
      }),
    },
    complexity: (args) => ({ field: 1, multiplier: searchSize(args.first) }),
    resolve: async (_root, args, context) => {
      if (args.first !== null && args.first !== undefined) {
        if (args.first < 0 || args.first > MAX_SEARCH_SIZE) {
          throw new AppError('BAD_USER_INPUT', `first must be 0 to ${MAX_SEARCH_SIZE}.`);
        }
      }
      const lucene = luceneQuery(args.query);
      const first = searchSize(args.first);
      if (lucene === null || first === 0) return [];
      const projections = Object.fromEntries(
        SEARCH_LABELS.map((label) => [label, context.projection.of(label)]),
      );
      const rows = await context.read<{
        label: SearchLabel;
        score: number;
        properties: [string, unknown][] | object;
      }>(searchQuery({ text: args.query, lucene, first, projections }));
      return rows.map((row): SearchHit => {
        const entity = nodeRecord<EntityRecord>(row.properties);
        labelOfHit.set(entity, row.label);
        return { score: row.score, entity };
      });
    },
  }),
}));
