import { instrumentKinds } from '@treatygraph/schema';
import { builder } from '../builder';

export type InstrumentKind = (typeof instrumentKinds)[number];

// Exhaustive: a kind added to the model fails type-checking here until it is described.
const descriptions: Record<InstrumentKind, string> = {
  convention: 'A treaty, such as the UN Convention against Transnational Organized Crime.',
  protocol: 'A treaty that supplements a convention, such as the Palermo Protocol.',
  resolution: 'A resolution of a UN organ, such as a General Assembly resolution.',
  plan: 'A plan of action, such as the Global Plan of Action to Combat Trafficking in Persons.',
  report: 'A report, such as the Global Report on Trafficking in Persons.',
  declaration: 'A declaration adopted by a conference or organ, cited as an instrument.',
  agreement:
    'Any other agreement between states: a treaty, accord, memorandum or exchange of notes.',
};

/** Enum values are the model's lower-case kinds in UPPER_SNAKE; resolvers see the stored value. */
export const InstrumentKindEnum = builder.enumType('InstrumentKind', {
  description: 'What kind of instrument it is.',
  values: Object.fromEntries(
    instrumentKinds.map((kind) => [
      kind.toUpperCase(),
      { value: kind, description: descriptions[kind] },
    ]),
  ) as Record<Uppercase<InstrumentKind>, { value: InstrumentKind; description: string }>,
});
