import { identifierKey } from '@treatygraph/schema';
import { instrumentsPageQuery } from '../../cypher/instruments-page';
import { resolvePage } from '../../cypher/page';
import { loadPage } from '../../loaders/page';
import type { InstrumentRecord } from '../../records';
import { builder } from '../builder';
import { connectionOf } from '../connection';
import { pageArgs, pageComplexity } from '../page-args';
import { InstrumentRef } from '../refs';
import { IdentifierInput } from './identifier';
import { InstrumentKindEnum } from './instrument-kind';

const InstrumentConnection = connectionOf({
  type: InstrumentRef,
  name: 'InstrumentConnection',
  noun: 'instruments',
});

const InstrumentFilter = builder.inputType('InstrumentFilter', {
  description: 'Narrows a list of instruments; all given fields must match.',
  fields: (t) => ({
    ids: t.idList({
      description:
        'Only the instruments with these ids (at most one page), as the explorer asks for the parties of those it draws.',
    }),
    kind: t.field({ type: InstrumentKindEnum, description: 'Only instruments of this kind.' }),
    identifier: t.field({
      type: IdentifierInput,
      description: 'Only the instrument with this number in this catalogue.',
    }),
  }),
});

builder.queryFields((t) => ({
  instruments: t.field({
    type: InstrumentConnection,
    description: 'Instruments by name, a page at a time.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: InstrumentFilter, description: 'Narrows the list.' }),
    },
    complexity: pageComplexity,
    resolve: (_root, args, context) =>
      loadPage<InstrumentRecord>(
        context.read,
        instrumentsPageQuery({
          filter: args.filter && {
            ids: args.filter.ids?.map(String) ?? null,
            kind: args.filter.kind ?? null,
            identifier: args.filter.identifier ? identifierKey(args.filter.identifier) : null,
          },
          page: resolvePage('Instrument', args),
        }),
      ),
  }),
  instrument: t.field({
    type: InstrumentRef,
    nullable: true,
    description: 'The instrument with this id, or null.',
    args: { id: t.arg.id({ required: true, description: 'For example "untoc".' }) },
    resolve: (_root, args) => args.id,
  }),
}));
