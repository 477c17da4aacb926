import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import { russianAdjectiveState } from '../resolve/russian-adjectives';
import type { Analysed } from './analysed';
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
// One adjective of a list or compound: "South Korean", "Russian" and "Chinese" in "Russian-Chinese".
const EN_WORDS = /\p{Lu}[\p{L}'’]+(?:\s+\p{Lu}[\p{L}'’]+)?/gu;
const EN_OFFICE =
  '(?:presidents|leaders|(?:foreign\\s+)?ministers|prime\\s+ministers|heads\\s+of\\s+(?:state|government)|governments|delegations)';
const DE_OFFICE =
  '(?:Außen|Aussen|Bundes|Premier|Staats)?(?:minister|präsident|kanzler)\\p{L}*|Ministerpräsident\\p{L}*|Regierung(?:en)?|(?:Staats-\\s+und\\s+)?Regierungschef\\p{L}*|Delegation(?:en)?';
const FR_OFFICE =
  "(?:les|des)\\s+(?:ministres|présidents|chefs\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|gouvernements|Premiers\\s+ministres|dirigeants|chefs\\s+de\\s+la\\s+diplomatie|délégations)";
const ES_OFFICE =
  '(?:los|las)\\s+(?:cancilleres|president[ea]s|mandatari[oa]s|gobiernos|(?:primer[oa]s\\s+)?ministr[oa]s(?:\\s+de\\s+(?:Relaciones|Asuntos)\\s+Exteriores)?|jefes\\s+de\\s+(?:Estado|Gobierno)|líderes|delegaciones)';
const PT_OFFICE =
  '(?:os|as)\\s+(?:governos|presidentes|chanceleres|(?:primeir[oa]s-)?ministr[oa]s(?:\\s+d[ae]s?\\s+(?:Relações\\s+Exteriores|Negócios\\s+Estrangeiros))?|chefes\\s+de\\s+(?:Estado|Governo)|líderes|delegações)';
const IT_OFFICE =
  '(?:i|gli|dei|degli)\\s+(?:ministri(?:\\s+degli\\s+(?:Affari\\s+)?Esteri)?|presidenti|governi|capi\\s+di\\s+(?:Stato|governo)|leader|premier)';

/** Adjectives of nationality that name a statement's signers, in one language's word order. */
type Shape = {
  language: TextLanguage;
  pattern: RegExp;
  /**
   * What ties the match to the statement, when the pattern does not name it: right before it,
   * the statement is theirs ("Joint statement of the …"); right after it, they signed it
   * ("… signed", "… said in a joint statement").
   */
  ties?: { before: RegExp; after: RegExp };
  /** One adjective is enough: the others are named before it. */
  single?: boolean;
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
    ties: {
      before: /(?:statement|declaration|communiqu[eé])\s+(?:of|by|from)\s+$/iu,
      after: new RegExp(EN_SIGNED, 'iu'),
    },
  },
  {
    // "Gemeinsame Presseerklärung des deutschen und des französischen Außenministers"
    language: 'de',
    pattern: new RegExp(
      `${W}${list('\\p{L}+', 'und|sowie', '(?:(?:der|des|dem|den|die)\\s+)?')}\\s+(?:${DE_OFFICE})${E}`,
      'giu',
    ),
    ties: {
      before: /(?:erklärung|kommuniqué|stellungnahme)\p{L}*\s+$/iu,
      after:
        /^[^.;]{0,100}?(?:unterzeichne|verabschiede|veröffentlich|abgegeben|gaben|erklärten|bekräftigten)/iu,
    },
  },
  {
    // "Déclaration commune des ministres français et allemand des Affaires étrangères"
    language: 'fr',
    pattern: new RegExp(`${W}${FR_OFFICE}\\s+${list('\\p{L}+', 'et')}${E}`, 'giu'),
    ties: {
      before: /(?:déclaration|communiqué|lettre)(?:\s+(?:commune?|conjointe?|ouverte))?\s+$/iu,
      after:
        /^(?:\s+des\s+affaires\s+étrangères)?(?:[^.;]{0,200}?(?:dans|par)\s+(?:une|leur)\s+(?:lettre|déclaration|tribune)\s+(?:commune|conjointe)|[^.;]{0,80}?(?:ont\s+(?:(?:co)?signé|paraphé|apposé\s+leurs?\s+signatures?|adopté|publié|approuvé|déclaré|réaffirmé)|(?:co)?signent|adoptent|déclarent|réaffirment))/iu,
    },
  },
  {
    // "Los cancilleres argentino y brasileño firmaron", "Declaración conjunta de los presidentes …"
    language: 'es',
    pattern: new RegExp(`${W}${ES_OFFICE}\\s+${list('\\p{L}+', 'y|e')}${E}`, 'giu'),
    ties: {
      // "Estamparon su firma el canciller alemán, …; las primeras ministras danesa e italiana":
      // a sentence that opens on its signing verb has its signers after it.
      before:
        /(?:(?:declaraci[oó]n|comunicado)(?:\s+conjunt[oa])?\s+de\s+|^\s*(?:estamparon\s+su\s+firma|firmaron|suscribieron)\s[^.]{0,200})$/iu,
      after:
        /^[^.;]{0,80}?(?:firmaron|suscribieron|adoptaron|emitieron|difundieron|acordaron|reafirmaron|declararon|firman|suscriben|adoptan|declaran)/iu,
    },
  },
  {
    // "al que se suman … otros gobiernos europeos como el alemán, el británico o el italiano":
    // governments that join, named by adjectives alone.
    language: 'es',
    pattern: new RegExp(
      `${W}(?:gobiernos|países|Estados)(?:\\s+\\p{Ll}+)?\\s+(?:tales\\s+)?como\\s+${list('\\p{L}+', 'y|o|e', '(?:(?:el|la)\\s+)?')}${E}`,
      'giu',
    ),
    ties: {
      before:
        /(?:se\s+(?:suman|sumaron|adhieren|adhirieron|unen|unieron)|firman|firmaron|suscriben|suscribieron|respaldan|respaldaron)[^.;]{0,200}$/iu,
      after: /(?!)/u,
    },
  },
  {
    // "uma carta …, na qual os governos argentino, colombiano, boliviano e mexicano tratam
    // Castillo", "os chanceleres brasileiro e argentino assinaram"
    language: 'pt',
    pattern: new RegExp(`${W}${PT_OFFICE}\\s+${list('\\p{L}+', 'e')}${E}`, 'giu'),
    ties: {
      before:
        /(?:(?:declaração|comunicado|carta|nota)(?:\s+conjunt[ao])?\s+d[oa]s\s+|(?:declaração|comunicado|carta|nota)[^.;]{0,60}?(?:na|no)\s+qual\s+|(?:declaração|comunicado|carta|nota)[^.;]{0,60}?em\s+que\s+)$/iu,
      after:
        /^[^.;]{0,80}?(?:assinaram|subscreveram|adotaram|emitiram|divulgaram|firmaram|assinam|subscrevem)/iu,
    },
  },
  {
    // "I ministri degli Esteri italiano e tedesco hanno firmato", "Dichiarazione congiunta dei
    // governi italiano e francese"
    language: 'it',
    pattern: new RegExp(`${W}${IT_OFFICE}\\s+${list('\\p{L}+', 'e')}${E}`, 'giu'),
    ties: {
      before: /(?:dichiarazione|comunicato)(?:\s+congiunt[oa])?\s+$/iu,
      after:
        /^[^.;]{0,80}?(?:hanno\s+(?:firmato|sottoscritto|adottato|approvato|diffuso)|firmano|sottoscrivono|adottano)/iu,
    },
  },
  {
    // "firmata dai ministri dell'Interno di Italia, Malta e Cipro e dal ministro greco della
    // Migrazione": one more signer after a list, by the adjective of the office-holder's state.
    language: 'it',
    pattern: new RegExp(
      `${W}(?:e|ed)\\s+(?:dal|dalla)\\s+(?:ministr[oa]|president[ea]|premier)\\s+(?<list>\\p{Ll}+)${E}`,
      'gu',
    ),
    ties: {
      before:
        /(?:firmat[aoie]|sottoscritt[aoie])\s+(?:da|dai|dagli|dal|dalla|dalle)\s[^.;]{0,200}$/iu,
      after: /(?!)/u,
    },
    single: true,
  },
];

// "Russian-Chinese Joint Statement", "Gemeinsame deutsch-französische Erklärung", "Declaración
// conjunta argentino-chilena": a compound of adjectives of nationality names the statement's
// signers. (French joins prefixes, "franco-allemande", that no adjective list holds.)
const COMPOUND = '(?<list>\\p{L}+(?:[-–]\\p{L}+)+)';
const COMPOUNDS: Shape[] = [
  {
    language: 'en',
    pattern: new RegExp(
      `${W}${COMPOUND}\\s+(?:joint\\s+)?(?:leaders['’]?\\s+|presidential\\s+|ministerial\\s+|press\\s+)?(?:statement|declaration|communiqu[eé])${E}`,
      'giu',
    ),
  },
  {
    language: 'de',
    pattern: new RegExp(
      `${W}${COMPOUND}\\s+(?:Presse|Abschluss|Regierungs)?(?:erklärung|kommuniqué|stellungnahme)${E}`,
      'giu',
    ),
  },
  {
    language: 'es',
    pattern: new RegExp(
      `${W}(?:declaraci[oó]n|comunicado)(?:\\s+conjunt[oa])?\\s+${COMPOUND}${E}`,
      'giu',
    ),
  },
  {
    // "Российско-китайское совместное заявление", "Совместное российско-казахстанское коммюнике"
    language: 'ru',
    pattern: new RegExp(
      `${W}${COMPOUND}\\s+(?:совместн\\p{L}*\\s+)?(?:заявлени|коммюнике|деклараци|меморандум)\\p{L}*`,
      'giu',
    ),
  },
];

// Russian adjectives are read by the state names they come from; the first parts of a compound
// may be bare ("американо-").
const adjectiveState = (word: string, language: TextLanguage, compoundPart: boolean) =>
  language === 'ru'
    ? russianAdjectiveState(word, { compoundPart })
    : stateOfAdjective(word, language);

const NOT_ADJECTIVE = /^(?:and|und|sowie|et|y|e|o|the|der|des|dem|den|die|el|la)$|^[\s,]*$/iu;

// "Bohuslav Sobotka, the Czech Prime Minister, Beata Szydło, the Polish Prime Minister, and …
// stated": leaders named each with an adjective and an office, one after the other. Two or more
// of them, then a verb of saying or signing, in a sentence about a statement, are its signers.
const ADJECTIVE = "(?<adjective>\\p{L}[\\p{L}'’-]+)";
const APPOSITIONS: { language: TextLanguage; pattern: RegExp }[] = [
  {
    language: 'en',
    pattern: new RegExp(
      `${W}[Tt]he\\s+${ADJECTIVE}\\s+(?:prime\\s+minister|president|chancellor|premier|foreign\\s+minister|head\\s+of\\s+(?:state|government)|leader)${E}`,
      'giu',
    ),
  },
  {
    language: 'fr',
    pattern: new RegExp(
      `${W}(?:le|la)\\s+(?:Premier\\s+ministre|Première\\s+ministre|présidente?|chanceli(?:er|ère)|chef\\s+de\\s+l['’]État)\\s+${ADJECTIVE}${E}`,
      'giu',
    ),
  },
  {
    language: 'es',
    pattern: new RegExp(
      `${W}(?:el|la)\\s+(?:president[ea]|primer\\s+ministro|primera\\s+ministra|mandatari[oa]|canciller|jef[ea]\\s+de\\s+(?:Estado|Gobierno))\\s+${ADJECTIVE}${E}`,
      'giu',
    ),
  },
  {
    language: 'de',
    pattern: new RegExp(
      `${W}(?:der|die)\\s+${ADJECTIVE}\\s+(?:Ministerpräsident|Präsident|Regierungschef|Premierminister|Außenminister|Bundeskanzler|Kanzler)(?:in)?${E}`,
      'gu',
    ),
  },
];
// Between two of them: a person's name with its particles ("Luiz Inácio Lula da Silva"), commas,
// "and".
const BETWEEN =
  /^[\s,]*(?:(?:and|et|y|e|ed|und|sowie)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|da|de|del|di|do|dos|das|van|von)(?:\s+|\s*,\s*)){0,7}(?:(?:and|et|y|e|ed|und|sowie)\s+)?$/u;
const SAID_AFTER =
  /^[\s,]*(?:\p{Lu}[\p{L}'’.-]*[\s,]+){0,5}(?:have\s+|had\s+|also\s+|jointly\s+)*(?:signed|adopted|issued|endorsed|stated|said|declared|agreed|affirmed|reaffirmed|stressed|ont\s+(?:signé|adopté|déclaré|affirmé|réaffirmé)|signèrent|firmaron|suscribieron|adoptaron|declararon|afirmaron|reafirmaron|unterzeichneten|erklärten|bekräftigten|betonten)(?![\p{L}])/u;

function collectAppositions(found: Signers, sentence: string, at: EvidenceAt): void {
  for (const { language, pattern } of APPOSITIONS) {
    const matches = [...sentence.matchAll(pattern)];
    let run: RegExpExecArray[] = [];
    const close = () => {
      const last = run[run.length - 1];
      const codes = run.map((m) => stateOfAdjective(m.groups?.adjective ?? '', language));
      const said = last && SAID_AFTER.test(sentence.slice(last.index + last[0].length));
      if (run.length >= 2 && said && codes.every((c) => c !== undefined)) {
        run.forEach((m, i) => {
          const start = m.index + m[0].indexOf(m.groups?.adjective ?? '');
          const code = codes[i];
          if (code) addState(found, code, at(start, start + (m.groups?.adjective ?? '').length));
        });
      }
      run = [];
    };
    for (const m of matches) {
      const previous = run[run.length - 1];
      const gap = previous ? sentence.slice(previous.index + previous[0].length, m.index) : '';
      if (previous && !BETWEEN.test(gap)) close();
      run.push(m as RegExpExecArray);
    }
    close();
  }
}

// "se han adherido al documento el brasileño Luiz Inácio Lula da Silva, el ecuatoriano Guillermo
// Lasso … y el portugués António Costa": leaders named by nationality and name, two or more in a
// row right after a verb of signing.
const NATIONAL_PERSON: { language: TextLanguage; pattern: RegExp }[] = [
  { language: 'es', pattern: new RegExp(`${W}(?:el|la)\\s+${ADJECTIVE}(?=,?\\s+\\p{Lu})`, 'gu') },
  { language: 'pt', pattern: new RegExp(`${W}(?:o|a)\\s+${ADJECTIVE}(?=,?\\s+\\p{Lu})`, 'gu') },
  {
    language: 'it',
    pattern: new RegExp(`${W}(?:(?:il|la|lo)\\s+|l['’])${ADJECTIVE}(?=,?\\s+\\p{Lu})`, 'gu'),
  },
  // "un communiqué portant la signature des deux chefs d'Etat, le Mauritanien Mohamed Ould
  // Cheikh El Ghazouani et le Tchadien Mahamat Idriss Déby Itno": French capitalises the noun.
  {
    language: 'fr',
    pattern: new RegExp(
      `${W}(?:(?:le|la)\\s+|l['’])(?<adjective>\\p{Lu}\\p{Ll}[\\p{L}-]+)(?=,?\\s+\\p{Lu})`,
      'gu',
    ),
  },
];
const SIGNED_BEFORE =
  /(?:signature|signé|signée|signataires|adherido|adhirieron|firmado|firmaron|rubricado|rubricaron|suscrito|suscribieron|respaldado|respaldaron|aderito|aderirono|firmato|firmarl[oa]|sottoscritto|assinaram|assinado|aderiram|subscreveram)[^.;:]{0,70}$/iu;

function collectNationalPersons(found: Signers, sentence: string, at: EvidenceAt): void {
  for (const { language, pattern } of NATIONAL_PERSON) {
    let run: { lead: number; start: number; end: number; code: string }[] = [];
    const close = () => {
      const first = run[0];
      if (run.length >= 2 && first && SIGNED_BEFORE.test(sentence.slice(0, first.lead))) {
        for (const r of run) addState(found, r.code, at(r.start, r.end));
      }
      run = [];
    };
    for (const m of sentence.matchAll(pattern)) {
      const adjective = m.groups?.adjective ?? '';
      const code = stateOfAdjective(adjective, language);
      const start = m.index + m[0].indexOf(adjective);
      const previous = run[run.length - 1];
      // "el británico Keir Starmer; el alemán, Friedrich Merz; …": semicolons between them too.
      const gap = sentence.slice(previous?.end ?? 0, m.index).replace(/;/g, ',');
      if (previous && (!code || !BETWEEN.test(gap))) close();
      if (code) run.push({ lead: m.index, start, end: start + adjective.length, code });
    }
    close();
  }
}

// "Les chefs de la diplomatie allemande Johann Wadephul, française Jean-Noël Barrot et
// britannique David Lammy assurent", "los cancilleres chileno Juan Soto y peruano Luis Rojas
// afirmaron": one office, then each holder's adjective and name, then what they say. People
// who speak as one on the text's matter are its authors, whichever sentence names the text.
const PERSON_NAME =
  "\\p{Lu}[\\p{L}'’.-]+(?:[\\s-]+(?:\\p{Lu}[\\p{L}'’.-]+|de|da|del|di|von|van|der|le|la)){0,4}";
const NAMED_ITEM = `\\p{Ll}[\\p{L}-]+\\s+${PERSON_NAME}`;
const namedChain = (and: string) =>
  `(?<list>${NAMED_ITEM}(?:\\s*,\\s*${NAMED_ITEM})*\\s*,?\\s+(?:${and})\\s+${NAMED_ITEM})`;
const NAMED_OFFICES: { language: TextLanguage; pattern: RegExp }[] = [
  {
    language: 'fr',
    pattern: new RegExp(
      `${W}(?:(?:les|des)\\s+(?:chefs\\s+de\\s+la\\s+diplomatie|ministres(?:\\s+des\\s+Affaires\\s+étrangères)?|présidents|Premiers\\s+ministres|dirigeants|chefs\\s+d['’]État)|(?:ses|leurs)\\s+homologues)\\s+${namedChain('et')}(?=\\s*,?\\s+(?:ont\\s+)?(?:assur|affirm|déclar|soulign|estim|écri|rappel|appel|exhort|insist|réaffirm|sign|dis|demand|avert|préven|mett|fait|envoy|adress)\\p{L}*)`,
      'giu',
    ),
  },
  {
    language: 'es',
    pattern: new RegExp(
      `${W}(?:los|las)\\s+(?:cancilleres|presidentes|mandatarios|ministros(?:\\s+de\\s+(?:Relaciones|Asuntos)\\s+Exteriores)?|jefes\\s+de\\s+(?:Estado|Gobierno))\\s+${namedChain('y|e')}(?=\\s*,?\\s+(?:han\\s+)?(?:afirm|asegur|declar|subray|sostuv|escrib|recalc|reafirm|firm|dij|pidi|advirt|exhort|insist)\\p{L}*)`,
      'giu',
    ),
  },
];

// "Un appel … est lancé conjointement par le ministre espagnol des Affaires étrangères, …, par
// le ministre norvégien du Développement international, …, par la secrétaire d'État suédoise …":
// after a participle of signing, one "by" per signer, each an office and its state's adjective
// (an office of no state, "la commissaire européenne", stands among them).
const BY_OFFICE: { language: TextLanguage; cue: RegExp; item: RegExp; after?: RegExp }[] = [
  {
    language: 'fr',
    cue: /(?:lancée?s?|signée?s?|cosignée?s?|adoptée?s?|publiée?s?|présentée?s?|portée?s?)\s+(?:conjointement\s+|notamment\s+)?$/iu,
    item: /(?<![\p{L}])par\s+(?:le|la|l['’])\s*(?:(?:vice|sous)-)?(?:ministre|secrétaire|commissaire|présidente?|Premier\s+ministre|Première\s+ministre|chef(?:fe)?\s+de\s+la\s+diplomatie|ambassadeur|ambassadrice|chanceli(?:er|ère))(?:\s+(?:déléguée?|d['’]État))?\s+(?<adjective>\p{Ll}[\p{L}-]+)/gu,
  },
  {
    language: 'es',
    cue: /(?:firmad[oa]s?|lanzad[oa]s?|suscrit[oa]s?|adoptad[oa]s?|emitid[oa]s?)\s+(?:conjuntamente\s+)?$/iu,
    item: /(?<![\p{L}])por\s+(?:el|la)\s+(?:(?:vice|sub)-?)?(?:ministr[oa]|secretari[oa](?:\s+de\s+Estado)?|comisari[oa]|president[ea]|primer\s+ministro|primera\s+ministra|canciller|jef[ea]\s+de\s+la\s+diplomacia|embajador[a]?)\s+(?<adjective>\p{Ll}[\p{L}-]+)/gu,
  },
  {
    language: 'it',
    cue: /(?:firmat[aoie]|sottoscritt[aoie]|lanciat[aoie]|adottat[aoie])\s+(?:congiuntamente\s+)?$/iu,
    item: /(?<![\p{L}])(?:dal|dalla|dallo)\s+(?:vice)?(?:ministr[oa]|segretari[oa](?:\s+di\s+Stato)?|commissari[oa]|president[ea]|premier|primo\s+ministro|prima\s+ministra)\s+(?<adjective>\p{Ll}[\p{L}-]+)/gu,
  },
  // "haben Bundesrat …, die liechtensteinische Ministerin für Äusseres …, der österreichische
  // Bundesminister … und der deutsche Bundesaussenminister … eine gemeinsame Ministererklärung
  // verabschiedet": German sets the verb last.
  {
    language: 'de',
    cue: /(?<![\p{L}])(?:haben|hatten)\s[^.;:]{0,200}$/u,
    item: /(?<![\p{L}])(?:der|die)\s+(?<adjective>\p{Ll}[\p{L}-]+e)\s+(?:\p{Lu}\p{L}*?(?:minister|präsident|kanzler)|Minister|Präsident|Kanzler)\p{L}*/gu,
    after:
      /^[^.;:]{0,200}?(?:erklärung|kommuniqué|stellungnahme|brief)\p{L}*\s+(?:verabschiedet|unterzeichnet|angenommen|veröffentlicht|unterschrieben)(?![\p{L}])/iu,
  },
];
// Between two of them: the holder's department and name, and "and".
const BY_OFFICE_GAP = /^[^.;:]{0,200}$/u;

function collectByOffices(found: Signers, sentence: string, at: EvidenceAt): void {
  for (const { language, cue, item, after } of BY_OFFICE) {
    const matches = [...sentence.matchAll(item)];
    const first = matches[0];
    if (!first || !cue.test(sentence.slice(0, first.index))) continue;
    const run = [first];
    for (const m of matches.slice(1)) {
      const previous = run[run.length - 1];
      if (
        !previous ||
        !BY_OFFICE_GAP.test(sentence.slice(previous.index + previous[0].length, m.index))
      )
        break;
      run.push(m);
    }
    const last = run[run.length - 1];
    if (after && last && !after.test(sentence.slice(last.index + last[0].length))) continue;
    const states = run.flatMap((m) => {
      const adjective = m.groups?.adjective ?? '';
      const code = stateOfAdjective(adjective, language);
      const start = m.index + m[0].lastIndexOf(adjective);
      return code ? [{ code, start, end: start + adjective.length }] : [];
    });
    if (states.length < 2) continue;
    for (const { code, start, end } of states) addState(found, code, at(start, end));
  }
}

const COUNTERPART_OF = new RegExp(
  `${W}(?:le|la)\\s+(?:Premier\\s+ministre|Première\\s+ministre|présidente?|chanceli(?:er|ère)|ministre\\s+des\\s+Affaires\\s+étrangères)\\s+${ADJECTIVE}\\s+${PERSON_NAME}\\s+(?:ainsi\\s+que|et|avec)\\s+$`,
  'iu',
);

function collectNamedOffices(found: Signers, sentence: string, at: EvidenceAt): void {
  for (const { language, pattern } of NAMED_OFFICES) {
    for (const m of sentence.matchAll(pattern)) {
      const text = m.groups?.list ?? '';
      const from = m.index + m[0].indexOf(text);
      const words = [
        ...text.matchAll(new RegExp(`(?<=^|,\\s*|\\s(?:et|y|e)\\s+)\\p{Ll}[\\p{L}-]+`, 'gu')),
      ];
      const codes = words.map((w) => stateOfAdjective(w[0], language));
      if (words.length < 2 || codes.some((c) => c === undefined)) continue;
      // "Le Premier ministre belge Alexander De Croo ainsi que ses homologues espagnol …": the
      // one whose counterparts they are.
      const lead = COUNTERPART_OF.exec(sentence.slice(0, m.index));
      const own = lead?.groups?.adjective;
      const ownCode = own ? stateOfAdjective(own, language) : undefined;
      if (lead && own && ownCode) {
        const start = lead.index + lead[0].indexOf(own);
        addState(found, ownCode, at(start, start + own.length));
      }
      words.forEach((w, i) => {
        const start = from + w.index;
        const code = codes[i];
        if (code) addState(found, code, at(start, start + w[0].length));
      });
    }
  }
}

// A sentence about a statement: German compounds ("Presseerklärung") hold the noun inside; a
// letter ("uma carta … na qual os governos argentino, colombiano …") names its signers too, and so
// does a sentence that opens on putting a signature to it ("Estamparon su firma …", "A firmarlo
// sono stati …").
const ABOUT_STATEMENT = new RegExp(
  `${DECLARATION_NOUN.source}|erklärung|kommuniqué|stellungnahme|${W}cartas?${E}|^\\s*(?:estamparon\\s+su\\s+firma|a\\s+firmarl[oa])`,
  'iu',
);

/** Adds the states whose adjectives name a statement's signers in `sentence` to `found`. */
export function collectAdjectiveSigners(found: Signers, sentence: string, at: EvidenceAt): void {
  collectNamedOffices(found, sentence, at);
  collectByOffices(found, sentence, at);
  if (!ABOUT_STATEMENT.test(sentence)) return;
  collectAppositions(found, sentence, at);
  collectNationalPersons(found, sentence, at);
  for (const shape of [...SHAPES, ...COMPOUNDS]) {
    for (const m of sentence.matchAll(shape.pattern)) {
      const { ties } = shape;
      const tied =
        !ties ||
        ties.before.test(sentence.slice(0, m.index)) ||
        ties.after.test(sentence.slice(m.index + m[0].length));
      if (!tied) continue;
      const text = m.groups?.list ?? '';
      const from = m.index + m[0].indexOf(text);
      const words = [...text.matchAll(shape.language === 'en' ? EN_WORDS : /[\p{L}]+/gu)].filter(
        (w) => !NOT_ADJECTIVE.test(w[0]),
      );
      const codes = words.map((w, i) => adjectiveState(w[0], shape.language, i < words.length - 1));
      // Every adjective of the list must be a state's, or the list is something else.
      if (words.length < (shape.single ? 1 : 2) || codes.some((c) => c === undefined)) continue;
      words.forEach((w, i) => {
        const start = from + w.index;
        const code = codes[i];
        if (code) addState(found, code, at(start, start + w[0].length));
      });
    }
  }
}

// "the Canadian High Commission, the Royal Danish Embassy, the Embassy of Finland, …": missions
// named by their state's adjective beside those named by its name.
const MISSION_OF = /(?:Embassy|High\s+Commission|Mission|Consulate)\s+of\s+(?:the\s+)?$/u;
const ADJECTIVE_MISSION =
  /(?<![\p{L}])[Tt]he\s+(?:Royal\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:Embassy|High\s+Commission|Mission|Consulate)(?![\p{L}])/gu;

/**
 * Adds the states of the missions a list of signers names by adjective, in the sentence where
 * it names others as "the Embassy of" a state already taken.
 */
export function addAdjectiveMissions(found: Signers, sentences: Analysed[]): string[] {
  const added: string[] = [];
  for (const a of sentences) {
    const text = a.sentence.text;
    const byName = found.signatories.some((s) => {
      if (s.evidence.sentence !== text) return false;
      const at = s.evidence.start - (s.evidence.sentenceStart ?? 0);
      return MISSION_OF.test(text.slice(Math.max(0, at - 40), at));
    });
    if (!byName) continue;
    for (const m of text.matchAll(ADJECTIVE_MISSION)) {
      const code = stateOfAdjective(m[1] ?? '', 'en');
      if (!code || found.signatories.some((s) => s.code === code)) continue;
      addState(found, code, a.at(m.index, m.index + m[0].length));
      added.push(code);
    }
  }
  return added;
}
