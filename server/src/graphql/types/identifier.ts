import { identifierSchemes, parseIdentifierKey } from '@treatygraph/schema';
import type { Identifier, IdentifierScheme } from '@treatygraph/schema';
import { builder } from '../builder';
import { describeProperty } from '../describe';
import { InstrumentRef } from '../refs';

const schemeDescriptions: Record<IdentifierScheme, string> = {
  untc: 'UN Treaty Collection MTDSG number, for example IV-11.',
  ggo: 'Global Governance Observatory (manytreaties) treatyID, for example RGHTSC_1989A.',
};

export const IdentifierSchemeEnum = builder.enumType('IdentifierScheme', {
  description: 'A catalogue that numbers instruments.',
  values: Object.fromEntries(
    identifierSchemes.map((scheme) => [
      scheme.toUpperCase(),
      { value: scheme, description: schemeDescriptions[scheme] },
    ]),
  ) as Record<Uppercase<IdentifierScheme>, { value: IdentifierScheme; description: string }>,
});

const IdentifierRef = builder.objectRef<Identifier>('Identifier');

IdentifierRef.implement({
  description: 'An instrument’s number in one catalogue.',
  fields: (t) => ({
    scheme: t.field({
      type: IdentifierSchemeEnum,
      description: 'The catalogue.',
      resolve: (i) => i.scheme,
    }),
    value: t.exposeString('value', { description: 'The number in that catalogue.' }),
  }),
});

export const IdentifierInput = builder.inputType('IdentifierInput', {
  description: 'An instrument’s number in one catalogue.',
  fields: (t) => ({
    scheme: t.field({ type: IdentifierSchemeEnum, required: true, description: 'The catalogue.' }),
    value: t.string({ required: true, description: 'The number, for example IV-11.' }),
  }),
});

builder.objectField(InstrumentRef, 'identifiers', (t) =>
  t.field({
    type: [IdentifierRef],
    description: describeProperty('Instrument', 'identifiers'),
    resolve: (i) =>
      (i.identifiers ?? []).flatMap((key) => {
        const parsed = parseIdentifierKey(key);
        return parsed ? [parsed] : [];
      }),
  }),
);
