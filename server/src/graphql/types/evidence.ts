import { describeEvidence } from '../describe';
import { EvidenceRef, SourceRef } from '../refs';
import { relationshipInt, relationshipString } from '../relationship-values';

EvidenceRef.implement({
  description: 'Where a fact comes from: the source that states it and the sentence that says so.',
  fields: (t) => ({
    sourceId: t.id({
      nullable: true,
      description: describeEvidence('source'),
      resolve: (rel) => relationshipString(rel, 'source'),
    }),
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source this fact was taken from.',
      resolve: (rel) => relationshipString(rel, 'source'),
    }),
    quote: t.string({
      nullable: true,
      description: describeEvidence('quote'),
      resolve: (rel) => relationshipString(rel, 'quote'),
    }),
    quoteStart: t.int({
      nullable: true,
      description: describeEvidence('quoteStart'),
      resolve: (rel) => relationshipInt(rel, 'quoteStart'),
    }),
    quoteEnd: t.int({
      nullable: true,
      description: describeEvidence('quoteEnd'),
      resolve: (rel) => relationshipInt(rel, 'quoteEnd'),
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: describeEvidence('asOf'),
      resolve: (rel) => relationshipString(rel, 'asOf'),
    }),
  }),
});
