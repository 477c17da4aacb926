import { stateOfAdjective } from '../resolve/demonyms';
import type { EvidenceAt, Signers } from './collect-signers';
import { addState } from './collect-signers';
import { DECLARATION_NOUN } from './cues';

const ADJECTIVE = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
// "the Russian and Chinese presidents signed": adjectives of nationality before the office of
// the signers and a verb of signing. Elsewhere ("the French and German leaders are expected",
// "the American and British alliance") an adjective says nothing about who signed.
const SIGNING_OFFICES = new RegExp(
  `(?<![\\p{L}])[Tt]he\\s+(${ADJECTIVE}(?:\\s*,\\s*${ADJECTIVE})*,?\\s+and\\s+${ADJECTIVE})\\s+` +
    '(?:presidents|leaders|(?:foreign\\s+)?ministers|prime\\s+ministers|heads\\s+of\\s+(?:state|government)|governments|delegations)' +
    '\\s+(?:have\\s+|had\\s+)?(?:also\\s+|jointly\\s+)?(?:signed|adopted|issued|endorsed|released|agreed\\s+on)(?![\\p{L}])',
  'gu',
);

/** Adds the states whose adjectives name a statement's signers in `sentence` to `found`. */
export function collectAdjectiveSigners(found: Signers, sentence: string, at: EvidenceAt): void {
  if (!DECLARATION_NOUN.test(sentence)) return;
  for (const m of sentence.matchAll(SIGNING_OFFICES)) {
    const list = m[1] ?? '';
    const from = m.index + m[0].indexOf(list);
    const words = [...list.matchAll(new RegExp(ADJECTIVE, 'gu'))];
    const codes = words.map((w) => stateOfAdjective(w[0]));
    // Every adjective of the list must be a state's, or the list is something else.
    if (codes.some((c) => c === undefined)) continue;
    words.forEach((w, i) => {
      const start = from + w.index;
      const code = codes[i];
      if (code) addState(found, code, at(start, start + w[0].length));
    });
  }
}
