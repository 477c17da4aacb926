import countries from 'world-countries';

// The gazetteer holds every ISO 3166-1 entity, but a territory that another state governs
// (French Polynesia, Montserrat, the British Virgin Islands) does not sign a statement in its own
// name, even where it sits in a regional body. world-countries marks only UN members and a few
// others independent; these sign in their own name too: states in free association (Cook
// Islands, Niue), states not all recognise (Palestine, Taiwan, the Sahrawi Republic, Kosovo) and
// the customs territories that are WTO and APEC members in their own right (Hong Kong, Macao).
const OWN_NAME = new Set(['COK', 'NIU', 'PSE', 'TWN', 'ESH', 'UNK', 'HKG', 'MAC']);

let signers: Set<string> | undefined;

/** Whether the gazetteer entity `code` signs statements in its own name. */
export function signsInOwnName(code: string): boolean {
  signers ??= new Set([...countries.filter((c) => c.independent).map((c) => c.cca3), ...OWN_NAME]);
  return signers.has(code);
}
