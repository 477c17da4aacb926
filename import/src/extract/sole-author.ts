import type { Analysed } from './analysed';
import { DECLARATION_NOUN } from './cues';
import type { Evidence } from './types';

// A verb of protest right after the headline's state: "Nicarágua rejeita e denuncia …",
// "Russia condemns …", "Venezuela rechaza …".
const PROTESTS =
  /^\s+(?:rejects|denounces|condemns|protests|repudiates|rejeita|denuncia|condena|protesta|repudia|rechaza|rejette|dénonce|condamne|proteste|verurteilt|protestiert|respinge|condanna|осуждает|отвергает|протестует)(?![\p{L}])/iu;
// Or of joining another's text: "Canada joins call to protect Gaza journalists".
const JOINS =
  /^\s+(?:joins|signs|backs|endorses|signs\s+on\s+to|adds\s+(?:its\s+)?(?:name|signature)\s+to|se\s+suma\s+a|adhiere\s+a|rejoint|s['’]associe\s+à|schließt\s+sich|присоединилась\s+к|присоединился\s+к)\s+(?:[\p{L}-]+\s+){0,3}?(?:call|statement|letter|declaration|appeal|llamado|declaración|carta|appel|déclaration|lettre|Erklärung|Aufruf|Brief|заявлению|декларации|письму|обращению)(?![\p{L}])/iu;
const REJECTED_TEXT = new RegExp(
  `^\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:${DECLARATION_NOUN.source}|(?<![\\p{L}])(?:texto|text|texte|testo|текст)(?![\\p{L}]))`,
  'iu',
);
const ARTICLE_ONLY = /^\s*(?:(?:the|a|o|la|le|el|l['’]|die|der|das)\s+)?$/iu;
// The note, communiqué or statement the report is about.
const NOTE =
  /(?<![\p{L}])(?:nota|note|protesto|protesta|protest|Protestnote|нот\p{L}*)(?![\p{L}])/iu;

/** The one state whose own text the story reports, with why. */
export type SoleAuthor = { code: string; evidence: Evidence; reason: string };

/**
 * The one state a report's headline makes the subject of a verb of protest or of joining a
 * text, when the story reports a note or statement: the author of its own text, or one signer
 * of another's, which no list names. Undefined when
 * the headline names another state, or the story no text.
 */
export function soleAuthor(
  headline: Analysed | undefined,
  story: Analysed[],
): SoleAuthor | undefined {
  if (!headline) return undefined;
  const states = headline.items.filter((i) => i.kind === 'state');
  const [subject] = states;
  const code = subject?.mention?.ids[0];
  if (!subject || !code || states.some((s) => s.mention?.ids[0] !== code)) return undefined;
  if (!ARTICLE_ONLY.test(headline.sentence.text.slice(0, subject.start))) return undefined;
  const rest = headline.sentence.text.slice(subject.end);
  const protest = PROTESTS.exec(rest);
  // "Hungría rechaza el texto de la UE": who rejects a text stays out of it.
  const object = protest ? rest.slice(protest[0].length, protest[0].length + 40) : '';
  if (REJECTED_TEXT.test(object)) return undefined;
  const verb = protest ?? JOINS.exec(rest);
  if (!verb) return undefined;
  const text = story.filter((a) => a !== headline);
  if (!text.some((a) => DECLARATION_NOUN.test(a.sentence.text) || NOTE.test(a.sentence.text)))
    return undefined;
  return {
    code,
    evidence: headline.at(subject.start, subject.end),
    reason: `the headline's one state is the subject of '${verb[0].trim()}': the author of the text it reports, or one of its signers`,
  };
}

// "El Gobierno de la República de Guatemala, por medio del Ministerio de Relaciones Exteriores,
// hace del conocimiento de la opinión pública lo que sigue:": a government's own communiqué.
const GOVERNMENT_SPEAKS =
  /^\s*(?:the|el|le|o|il|die)\s+(?:Government|Gobierno|Gouvernement|Governo|Bundesregierung|Regierung)\s+(?:of|de|du|do|da|di|della|der)\s+(?:(?:the|la|l['’]|a)\s+)?(?:(?:Republic|República|République|Repubblica|Republik|Kingdom|Reino|Royaume|State|Estado|État)\s+(?:of|de|du|do|da|di|della|der)\s+(?:(?:the|la|l['’])\s+)?)?$/iu;
const GOVERNMENT_VERB =
  /^[\s,]*(?:[^.;:]{0,80},\s*)?(?:hace\s+del\s+conocimiento|informa|comunica|hace\s+saber|expresa|manifiesta|declara|rechaza|condena|informs|announces|wishes\s+to\s+inform|expresses|declares|condemns|rejects|informe|porte\s+à\s+la\s+connaissance|exprime|déclare|condamne|rejette|torna\s+público|expressa|repudia)(?![\p{L}])/iu;

/**
 * The government that opens the text speaking for itself ("El Gobierno de la República de
 * Guatemala … hace del conocimiento lo que sigue:"), in its first three sentences from the
 * headline, when the text is a communiqué or statement.
 */
export function governmentAuthor(text: Analysed[]): SoleAuthor | undefined {
  if (!text.some((a) => DECLARATION_NOUN.test(a.sentence.text))) return undefined;
  for (const a of text.slice(0, 3)) {
    const [state] = a.items;
    const code = state?.kind === 'state' ? state.mention?.ids[0] : undefined;
    if (!state || !code) continue;
    const sentence = a.sentence.text;
    if (!GOVERNMENT_SPEAKS.test(sentence.slice(0, state.start))) continue;
    const verb = GOVERNMENT_VERB.exec(sentence.slice(state.end));
    if (verb) {
      return {
        code,
        evidence: a.at(state.start, state.end),
        reason: `its government opens the text speaking for itself: '${verb[0].trim()}'`,
      };
    }
  }
  return undefined;
}
