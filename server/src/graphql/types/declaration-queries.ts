import { declarationsPageQuery } from '../../cypher/declarations-page';
import { resolvePage } from '../../cypher/page';
import { loadNodeWithRelated } from '../../loaders/node-with-related';
import { loadPage } from '../../loaders/page';
import type { DeclarationRecord } from '../../records';
import { builder } from '../builder';
import { connectionOf } from '../connection';
import { pageArgs, pageComplexity } from '../page-args';
import { DeclarationRef } from '../refs';
import { selectsField } from '../selects-field';

// The fields that read a declaration's signatures (they share one loader).
const SIGNATURE_FIELDS = ['signatories', 'signatoryCount', 'signatures'];

const DeclarationConnection = connectionOf({
  type: DeclarationRef,
  name: 'DeclarationConnection',
  noun: 'declarations',
});

const DeclarationFilter = builder.inputType('DeclarationFilter', {
  description: 'Narrows a list of declarations; all given fields must match.',
  fields: (t) => ({
    signatory: t.string({
      description: 'Only declarations signed by the state with this ISO alpha-3 code, any case.',
    }),
    references: t.id({ description: 'Only declarations that cite the instrument with this id.' }),
    adoptedFrom: t.field({ type: 'Date', description: 'Adopted on or after this date.' }),
    adoptedTo: t.field({ type: 'Date', description: 'Adopted on or before this date.' }),
    text: t.string({
      description: 'Case-insensitive text to find in the title, summary or occasion.',
    }),
  }),
});

builder.queryFields((t) => ({
  declarations: t.field({
    type: DeclarationConnection,
    description: 'Declarations, newest first (undated last), a page at a time.',
    args: {
      ...pageArgs(t.arg),
      filter: t.arg({ type: DeclarationFilter, description: 'Narrows the list.' }),
    },
    complexity: pageComplexity,
    resolve: (_root, args, context) =>
      loadPage<DeclarationRecord>(
        context.read,
        declarationsPageQuery({ filter: args.filter, page: resolvePage('Declaration', args) }),
      ),
  }),
  declaration: t.field({
    type: DeclarationRef,
    nullable: true,
    description: 'The declaration with this id, or null.',
    args: { id: t.arg.id({ required: true, description: 'For example "2025-07-30-…".' }) },
    // Asked with its signatures, the declaration is read with them in one round trip.
    resolve: (...[, args, context, info]) =>
      SIGNATURE_FIELDS.some((name) => selectsField(info, name))
        ? loadNodeWithRelated<DeclarationRecord>(context, {
            type: 'SIGNED',
            direction: 'reverse',
            key: args.id,
            nodesOnly: !selectsField(info, 'signatures'),
          })
        : args.id,
  }),
}));
