import { consentTypes } from '@treatygraph/schema';
import { builder } from '../builder';

export type ConsentType = (typeof consentTypes)[number];

// Exhaustive: a consent type added to the model fails type-checking here until it is described.
const descriptions: Record<ConsentType, string> = {
  ratification: 'Ratified after signing.',
  accession: 'Acceded without having signed.',
  acceptance: 'Accepted after signing, with the effect of ratification.',
  approval: 'Approved after signing, with the effect of ratification.',
  succession: 'Succeeded to the treaty as a successor state.',
  definitive_signature: 'Signed without reservation as to ratification: bound by the signature.',
  formal_confirmation:
    'An international organization confirmed its signature, as a state ratifies.',
  participation: 'Took part by virtue of another instrument or a notification, as the table says.',
  simplified_procedure: 'Consented through the simplified procedure the instrument provides.',
};

/** Enum values are the model's lower-case types in UPPER_SNAKE; resolvers see the stored value. */
export const ConsentTypeEnum = builder.enumType('ConsentType', {
  description: 'How a state gave its consent to be bound by an instrument.',
  values: Object.fromEntries(
    consentTypes.map((type) => [
      type.toUpperCase(),
      { value: type, description: descriptions[type] },
    ]),
  ) as Record<Uppercase<ConsentType>, { value: ConsentType; description: string }>,
});
