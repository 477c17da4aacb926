import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import type { EvidenceAt, Signers } from './collect-signers';
import { addState } from './collect-signers';
import { DECLARATION_NOUN } from './cues';

const W = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';

// The adjectives of a list, as `list(adjective, and, article)` spells them: "German and French",
// "des deutschen und des französischen", "français et allemand", "argentino y brasileño".
const list = (adjective: string, and: string, article = '') =>
  `(?<list>${article}${adjective}(?:\\s*,\\s*${article}${adjective})*,?\\s+(?:${and})\\s+${article}${adjective})`;

const EN_ADJECTIVE = "\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?";
const EN_OFFICE =
  '(?:presidents|leaders|(?:foreign\\s+)?ministers|prime\\s+ministers|heads\\s+of\\s+(?:state|government)|governments|delegations)';
const DE_OFFICE =
  '(?:Außen|Aussen|Bundes|Premier|Staats)?(?:minister|präsident|kanzler)\\p{L}*|Ministerpräsident\\p{L}*|Regierung(?:en)?|(?:Staats-\\s+und\\s+)?Regierungschef\\p{L}*|Delegation(?:en)?';
const FR_OFFICE =
  "(?:les|des)\\s+(?:ministres|présidents|chefs\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|gouvernements|Premiers\\s+ministres|dirigeants|chefs\\s+de\\s+la\\s+diplomatie|délégations)";
const ES_OFFICE =
  '(?:los|las)\\s+(?:cancilleres|presidentes|mandatarios|gobiernos|ministros(?:\\s+de\\s+(?:Relaciones|Asuntos)\\s+Exteriores)?|jefes\\s+de\\s+(?:Estado|Gobierno)|líderes|delegaciones)';

/** Adjectives of nationality that name a statement's signers, in one language's word order. */
type Shape = {
  language: TextLanguage;
  pattern: RegExp;
  /** Right before the match: the statement is theirs ("Joint statement of the …"). */
  before: RegExp;
  /** Right after the match: they signed it ("… signed", "… said in a joint statement"). */
  after: RegExp;
};

const EN_SIGNED = `^\\s+(?:have\\s+|had\\s+)?(?:also\\s+|jointly\\s+)?(?:(?:signed|adopted|issued|endorsed|released|agreed\\s+on)${E}|(?:said|stated|declared|announced|reaffirmed)${E}[^.;]{0,40}?${W}(?:joint|statement|declaration|communiqu[eé])${E})`;

// "the Russian and Chinese presidents signed", "the German and French foreign ministers said in
// a joint statement", "Joint statement of the German and French foreign ministers": adjectives
// of nationality before the office of the signers. Elsewhere ("the French and German leaders
// are expected", "the American and British alliance") an adjective says nothing about who signed.
const SHAPES: Shape[] = [
  {
    language: 'en',
    pattern: new RegExp(`${W}[Tt]he\\s+${list(EN_ADJECTIVE, 'and')}\\s+${EN_OFFICE}${E}`, 'gu'),
    before: /(?:statement|declaration|communiqu[eé])\s+(?:of|by|from)\s+$/iu,
    after: new RegExp(EN_SIGNED, 'iu'),
  },
  {
    // "Gemeinsame Presseerklärung des deutschen und des französischen Außenministers"
    language: 'de',
    pattern: new RegExp(
      `${W}${list('\\p{L}+', 'und|sowie', '(?:(?:der|des|dem|den|die)\\s+)?')}\\s+(?:${DE_OFFICE})${E}`,
      'giu',
    ),
    before: /(?:erklärung|kommuniqué|stellungnahme)\p{L}*\s+$/iu,
    after:
      /^[^.;]{0,100}?(?:unterzeichne|verabschiede|veröffentlich|abgegeben|gaben|erklärten|bekräftigten)/iu,
  },
  {
    // "Déclaration commune des ministres français et allemand des Affaires étrangères"
    language: 'fr',
    pattern: new RegExp(`${W}${FR_OFFICE}\\s+${list('\\p{L}+', 'et')}${E}`, 'giu'),
    before: /(?:déclaration|communiqué)(?:\s+(?:commune?|conjointe?))?\s+$/iu,
    after:
      /^(?:\s+des\s+affaires\s+étrangères)?[^.;]{0,80}?(?:ont\s+(?:signé|adopté|publié|approuvé|déclaré|réaffirmé)|signent|adoptent|déclarent|réaffirment)/iu,
  },
  {
    // "Los cancilleres argentino y brasileño firmaron", "Declaración conjunta de los presidentes …"
    language: 'es',
    pattern: new RegExp(`${W}${ES_OFFICE}\\s+${list('\\p{L}+', 'y|e')}${E}`, 'giu'),
    before: /(?:declaraci[oó]n|comunicado)(?:\s+conjunt[oa])?\s+de\s+$/iu,
    after:
      /^[^.;]{0,80}?(?:firmaron|suscribieron|adoptaron|emitieron|difundieron|acordaron|reafirmaron|declararon|firman|suscriben|adoptan|declaran)/iu,
  },
];

const NOT_ADJECTIVE = /^(?:and|und|sowie|et|y|e|the|der|des|dem|den|die)$|^[\s,]*$/iu;

// A sentence about a statement: German compounds ("Presseerklärung") hold the noun inside.
const ABOUT_STATEMENT = new RegExp(
  `${DECLARATION_NOUN.source}|erklärung|kommuniqué|stellungnahme`,
  'iu',
);

/** Adds the states whose adjectives name a statement's signers in `sentence` to `found`. */
export function collectAdjectiveSigners(found: Signers, sentence: string, at: EvidenceAt): void {
  if (!ABOUT_STATEMENT.test(sentence)) return;
  for (const shape of SHAPES) {
    for (const m of sentence.matchAll(shape.pattern)) {
      const before = shape.before.test(sentence.slice(0, m.index));
      if (!before && !shape.after.test(sentence.slice(m.index + m[0].length))) continue;
      const text = m.groups?.list ?? '';
      const from = m.index + m[0].indexOf(text);
      const words = [
        ...text.matchAll(shape.language === 'en' ? new RegExp(EN_ADJECTIVE, 'gu') : /[\p{L}]+/gu),
      ].filter((w) => !NOT_ADJECTIVE.test(w[0]));
      const codes = words.map((w) => stateOfAdjective(w[0], shape.language));
      // Every adjective of the list must be a state's, or the list is something else.
      if (words.length < 2 || codes.some((c) => c === undefined)) continue;
      words.forEach((w, i) => {
        const start = from + w.index;
        const code = codes[i];
        if (code) addState(found, code, at(start, start + w[0].length));
      });
    }
  }
}
