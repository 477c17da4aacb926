/**
 * Clauses that add signers to a list already begun: "France and Germany, joined by Italy and
 * Spain, adopted", "a los que se sumaron las autoridades de Colombia", "denen sich Italien und
 * Spanien anschlossen", "к которым присоединились Казахстан и Узбекистан". The states on both
 * sides signed; the clause is no break in the list.
 */

const GERMAN_OPENING = '(?:denen|dem|der)\\s+sich';

/** The clause's opening words, right before the states that joined. */
export const JOIN_OPENINGS = [
  '(?:(?:later|subsequently|also)\\s+)?joined\\s+by',
  "(?:auxquel(?:le)?s|auquel|à\\s+laquelle)\\s+(?:se\\s+sont|s['’]est)\\s+(?:(?:ensuite|également)\\s+)?(?:joint|associ[ée]|rallié)e?s?",
  'rejoint(?:e)?s?\\s+par',
  '(?:a\\s+(?:los|las|la)|al)\\s+que\\s+se\\s+(?:(?:luego|también)\\s+)?(?:sumaron|sumó|unieron|unió|adhirieron|adhirió)',
  'con\\s+la\\s+adhesi[oó]n\\s+de',
  // German puts the verb last: "denen sich Italien und Spanien anschlossen".
  `${GERMAN_OPENING}(?=[^.;:]{1,160}?(?:anschlossen|angeschlossen))`,
  'к\\s+(?:которым|которому|которой)\\s+(?:(?:позднее|затем|также|впоследствии)\\s+)?присоединил(?:и|а|о)?сь',
];

// In a gap between names the German clause's opening needs no verb after it; its closing verb
// stands between the joined states and the main verb.
const JOIN_CLOSINGS = [GERMAN_OPENING, 'anschlossen', 'angeschlossen(?:\\s+haben|\\s+hatten)?'];

/** The clause's words, to be read as no more than a separator between names. */
export const JOIN_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:${[...JOIN_OPENINGS, ...JOIN_CLOSINGS].join('|')})(?![\\p{L}])`,
  'giu',
);
