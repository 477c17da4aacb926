import type { InstrumentRecord, SourceRecord } from '../../records';
import { describeEvidence, describeRelationship, describeRelationshipProperty } from '../describe';
import { builder } from '../builder';
import { CoverageRef, InstrumentRef, SourceRef } from '../refs';
import { relatedRows } from '../related';
import { relationshipString } from '../relationship-values';

CoverageRef.implement({
  description:
    `${describeRelationship('COVERS')} Only a complete table makes a state it leaves out ` +
    '`NOT_PARTY`; otherwise such a state has `NO_RECORD`.',
  fields: (t) => ({
    source: t.field({ type: SourceRef, description: 'The source.', resolve: (c) => c.source }),
    instrument: t.field({
      type: InstrumentRef,
      description: 'The instrument.',
      resolve: (c) => c.instrument,
    }),
    asOf: t.field({
      type: 'Date',
      nullable: true,
      description: `The date the table is as at. ${describeEvidence('asOf')}`,
      resolve: (c) => relationshipString(c.rel, 'asOf'),
    }),
    complete: t.boolean({
      description: describeRelationshipProperty('COVERS', 'complete'),
      resolve: (c) => c.rel.complete === true,
    }),
  }),
});

builder.objectField(SourceRef, 'covers', (t) =>
  t.field({
    type: [CoverageRef],
    description: 'The participation tables this source holds, one per instrument.',
    resolve: async (source, _args, context) => {
      const rows = await relatedRows<InstrumentRecord>(context, {
        type: 'COVERS',
        direction: 'forward',
        key: source.id,
      });
      return rows.map((row) => ({ source, instrument: row.node, rel: row.rel }));
    },
  }),
);

builder.objectField(InstrumentRef, 'coveredBy', (t) =>
  t.field({
    type: [CoverageRef],
    description:
      'The sources’ participation tables for this instrument, complete or not. A state with no ' +
      'record is `NOT_PARTY` only as far as a complete one goes.',
    resolve: async (instrument, _args, context) => {
      const rows = await relatedRows<SourceRecord>(context, {
        type: 'COVERS',
        direction: 'reverse',
        key: instrument.id,
      });
      return rows.map((row) => ({ source: row.node, instrument, rel: row.rel }));
    },
  }),
);
