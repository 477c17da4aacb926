import { z } from 'zod';
import { prop } from './property';

/**
 * Evidence carried by every fact-bearing relationship, as FollowTheMoney keeps it per value:
 * which source said so, and where in that source.
 */
export const provenanceProperties = {
  source: prop.string('Id of the Source this fact was taken from.'),
  quote: prop.text('The sentence of the source that states the fact, verbatim.'),
  quoteStart: prop.int('Character offset where the quote starts in the source text.'),
  quoteEnd: prop.int('Character offset where the quote ends in the source text (exclusive).'),
  asOf: prop.date('Date on which the fact was known to be true, when the source gives one.'),
};

export const evidenceSchema = z.object({
  source: provenanceProperties.source.type.optional(),
  quote: provenanceProperties.quote.type.optional(),
  quoteStart: z.number().int().min(0).optional(),
  quoteEnd: z.number().int().min(0).optional(),
  asOf: provenanceProperties.asOf.type.optional(),
});
