/**
 * The words that tell signers from other states named in a sentence, as data: a forward cue
 * is followed by the signers ("adopted by", "on behalf of"), a backward cue follows them
 * ("… align themselves with this statement"). Patterns use the `iu` flags; `\b` is spelled
 * with look-arounds so that it holds for Cyrillic too.
 */
import { formalNameWords } from '../resolve/country-names';
import { ITALIAN_BACKWARD, ITALIAN_FORWARD, ITALIAN_LIST_WORDS } from './italian-cues';
import { ITALIAN_NOUNS, ITALIAN_PARTIAL, ITALIAN_VERB } from './italian-cues';
import { JOIN_OPENINGS } from './join-clauses';
import { PORTUGUESE_BACKWARD, PORTUGUESE_FORWARD, PORTUGUESE_LIST_WORDS } from './portuguese-cues';
import { PORTUGUESE_NOUNS, PORTUGUESE_PARTIAL, PORTUGUESE_VERB } from './portuguese-cues';

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// "adopted in Paris by", "signed on 3 May by": a short place or time before the signers.
const WHERE = '(?:\\s+(?:in|at|on)\\s+[^,.;:]{1,40}?)?';
const ADVERB = '(?:\\s+(?:also|jointly|unanimously|today|together|formally|subsequently|later))*';
// "backed by most of the 92 countries that attended, including": the list after is partial.
const INCLUDING =
  "(?:(?:\\s+[\\p{Ll}\\p{N}][\\p{L}\\p{N}'’-]*){1,10},?\\s+(?:including|among\\s+them|such\\s+as))?";

// A German participle of signing later in the same clause.
const GERMAN_PARTICIPLE =
  '[^.;:]{0,160}\\s(?:unterzeichnet|unterschrieben|verabschiedet|angenommen|abgegeben|unterstützt|veröffentlicht|angeschlossen|mitgetragen|mitgezeichnet)(?![\\p{L}])';

// "Соединенные Штаты совместно с Израилем начали военную операцию": partners in an act of
// war, not in a text.
const NOT_AT_WAR =
  '(?![^.;]{0,100}(?:военн\\p{L}*\\s+операци|удар|атак|бомб|military|attack|strike|bomb|militaire|frappe|militar|ataque|bombarde|Militär|Angriff|Luftschl|Bombard))';
// "выразили готовность вместе с Киевом и США готовить саммит": partners in what the signers are
// ready to do, not signers with them.
// "пообещали, что вместе с Соединенными Штатами … продолжат": partners in what they promise.
const NOT_READY =
  '(?<!(?:готовность|готовы|намерены|пообещали|обещают|ready|willing|promised|pledged|vowed|prêts?|disposée?s?|dispuest[oa]s?|bereit)(?:,?\\s+(?:что|that))?\\s+)';

// "In a joint statement, …", "Con una dichiarazione congiunta …", "В совместном заявлении, …":
// the clause's subject after it. Written in small letters, matched in either case.
const IN_STATEMENT = [
  '(?:in|with|through) (?:a|an|the|their|its) (?:(?:joint|common|collective|closing|final|concluding) )?(?:statement|declaration|communiqu(?:e|é)|letter|press release)',
  // Elsewhere, as in English, a text of the subject's own need not be joint ("El ALBA-TCP
  // rechazó mediante un comunicado oficial las sanciones"); one it ended "with" must be.
  '(?:dans|par) (?:une|leur|la|un) (?:déclaration|communiqué)(?: (?:commune?|conjointe?|officiel(?:le)?))?',
  '(?:en|mediante|a través de) (?:un|una|su) (?:comunicado|declaración)(?: (?:conjunt(?:o|a)|oficial))?',
  'con (?:un|una|su) (?:comunicado|declaración) conjunt(?:o|a)',
  '(?:(?:em|por meio de) (?:um|uma|sua|seu)|num|numa) (?:comunicado|declaração|nota)(?: (?:conjunt(?:o|a)|oficial))?',
  'com (?:um|uma|sua|seu) (?:comunicado|declaração|nota) conjunt(?:o|a)',
  'in (?:un|una) (?:comunicato|dichiarazione|nota)(?: (?:congiunt(?:o|a)|comune|ufficiale))?',
  'con (?:un|una) (?:comunicato|dichiarazione|nota) (?:congiunt(?:o|a)|comune)',
  'in einer (?:gemeinsamen )?(?:erklärung|stellungnahme|mitteilung)',
  'mit einer gemeinsamen (?:erklärung|stellungnahme|mitteilung)',
  '(?:в|с) совместн(?:ом|ым) (?:заявлении|заявлением|коммюнике)',
]
  .join('|')
  .replace(/ /g, '\\s+')
  .replace(/(?<!\\)\p{L}/gu, (c) => `[${c}${c.toUpperCase()}]`);
// "Num comunicado conjunto, citado pela agência Efe, Espanha, …": who reports the text, between
// it and its signers.
const CITED =
  "(?:\\s+(?:cited|quoted|seen|obtained|released|published|reported|citad[oa]|divulgad[oa]|publicad[oa]|difundid[oa]|recogid[oa]|cité(?:e)?|publié(?:e)?|relayé(?:e)?|citat[oa]|pubblicat[oa]|diffus[oa]|ripres[oa]|zitiert|veröffentlicht)\\s+(?:[\\p{L}\\d'’.-]+\\s+){0,5}?[\\p{L}\\d'’.-]+,)?";
const CLAUSE_START = '(?:^|(?<=[,;:\\u2013\\u2014-]\\s{0,3}))';
// Case matters after the phrase: a few words led by a small one, its time and place, end with a
// comma ("In a joint statement issued on Monday, France …"), or a capital starts the subject
// right away ("Con una dichiarazione congiunta Italia, Malta …").
const IN_STATEMENT_CUE = new RegExp(
  `${W}${CLAUSE_START}(?:${IN_STATEMENT})(?:(?:\\s+[\\p{Ll}\\d][\\p{L}\\d'’-]*(?:\\s+[\\p{L}\\d'’-]+){0,5})?,${CITED}|(?=\\s+\\p{Lu}))`,
  'gu',
);
/** A clause that goes on to say its subject spoke in a joint text: "… stressed in a joint statement". */
export const IN_STATEMENT_AFTER = new RegExp(`^[^.;:!?]{0,100}?${W}(?:${IN_STATEMENT})`, 'u');
const COOPERATION =
  '(?:cooperation|partnership|friendship|Kooperation|Zusammenarbeit|Partnerschaft|Freundschaft|coopération|partenariat|amitié|cooperación|asociación|amistad|сотрудничеств\\p{L}*|партн[её]рств\\p{L}*|дружб\\p{L}*)';
// "the text bears the signatures of", "o documento leva a assinatura de", "texto al que también
// pusieron su firma Chile, Colombia".
// "la lettre porte aussi la signature des chefs d'Etat … de l'Espagne": an adverb may stand in.
// "porta però anche la firma di": a "but" may come first.
// 'porta "già" anche la firma dei capi di governo': "already", quoted or not, too.
const ALSO =
  '(?:(?:however|but|cependant|pourtant|sin\\s+embargo|però|jedoch|aber)\\s+)?(?:["“«]?(?:already|déjà|ya|già|bereits|já)["”»]?\\s+)?(?:(?:also|aussi|également|también|anche|auch)\\s+)?';
const BEARS_SIGNATURES = `(?:(?:bears?|bore|bearing|carr(?:y|ies|ied|ying))\\s+${ALSO}the\\s+(?:signatures?|names)\\s+of(?:\\s+the\\s+(?:chiefs\\s+of\\s+defen[cs]e|(?:foreign\\s+)?ministers|leaders|heads\\s+of\\s+(?:state|government))\\s+of)?|leva[mr]?\\s+${ALSO}as?\\s+assinaturas?\\s+d[eoa]s?|llevan?\\s+${ALSO}las?\\s+firmas?\\s+de|port(?:e|ent|ant)\\s+${ALSO}(?:la|les)\\s+signatures?\\s+d(?:e|u|es)|(?:porta|reca)(?:no|nte)?\\s+${ALSO}(?:la|le)\\s+firm[ae]\\s+d(?:i|ei|egli|elle)|(?:si\\s+(?:sono|è)\\s+)?aggiunt[ae]\\s+(?:anche\\s+)?le\\s+firme\\s+d(?:i|ei|egli|elle)|trägt\\s+${ALSO}die\\s+Unterschrift(?:en)?\\s+(?:von|der)|(?:pusieron|puso|han\\s+puesto|ha\\s+puesto|pondrán|estamparon|estampó)\\s+${ALSO}su\\s+firma|(?:puseram|pôs|apuseram|apôs)\\s+${ALSO}(?:a\\s+)?sua\\s+assinatura)`;

// "Mogherini chaired the meeting on behalf of the EU": the capacity of who ran it, not whom a
// statement speaks for.
const CHAIRED_IN =
  '(?<!(?:chaired|co-?chaired|presided|hosted|opened|welcomed|attended|présidé|presidió|leitete)\\s+(?:[\\p{L}-]+\\s+){0,4})';

export const FORWARD_CUES: RegExp[] = [
  `${CHAIRED_IN}on\\s+behalf\\s+of`,
  // "Speaking for a group of 80 countries, Pakistan told …".
  'speaking\\s+for\\s+(?:a\\s+group\\s+of\\s+)?(?:\\d{1,3}|[\\p{L}-]+)\\s+(?:other\\s+)?(?:countries|states|nations|delegations)\\s*,',
  // "Taking the floor for the Nordic-Baltic Eight, Denmark's Permanent Representative …".
  '(?:taking|took|takes)\\s+the\\s+floor\\s+for',
  // "…", escrevem os ministros do Interior da Dinamarca, …: the writers of the quoted letter.
  "(?<=[\"”»]\\s*,?\\s*)(?:escrevem|escreveram|write|wrote|écrivent|ont\\s+écrit|escriben|escribieron|schreiben|schrieben|scrivono|hanno\\s+scritto)\\s+(?:os|the|les|los|die|i)\\s+(?:ministros|ministers|ministres|Minister|Innenminister|Außenminister|ministri)(?:\\s+(?:do|da|of\\s+the|of|de\\s+l['’]|de|des|du|der|dell['’]|degli|degli)\\s+(?:Interior|Interno|Home\\s+Affairs|Foreign\\s+Affairs|Negócios\\s+Estrangeiros|Relações\\s+Exteriores|Affaires\\s+étrangères|Intérieur|Exteriores|Esteri|Interni|Inneren))?\\s+(?:d[oa]s?|of(?:\\s+the)?|de\\s+la|de|du|des|der|dei|della)",
  // "O comunicado … recolheu a assinatura de 84 países, entre os quais …": the signatures it won.
  '(?:recolheu|recebeu|obteve|reuniu|recogió|recibió|obtuvo|reunió|gathered|won|received|drew|recueilli|obtenu|reçu)\\s+(?:a|as|la|las|the|les?)\\s+(?:assinaturas?|firmas?|signatures?)\\s+(?:de|of|d(?:e|u|es))',
  // "non porta la firma di una dozzina di Paesi": whose signature it lacks.
  `(?<!(?:non|not|no|não|nicht|не)\\s+)${BEARS_SIGNATURES}`,
  // "We, the G7 Foreign Ministers of", "…, the permanent representatives of": at the head of a
  // clause, where they are its subject; a group's name may stand before.
  // "CAIRO: The top diplomats of Egypt, …": after a dateline's colon too.
  '(?:^|we,?\\s+|(?<=[,:]\\s{0,3}))the\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}-]*\\s+){0,2}(?:heads?\\s+of\\s+state(?:\\s+and(?:\\s+of)?\\s+government)?|leaders|(?:foreign\\s+)?ministers(?:\\s+of\\s+foreign\\s+affairs)?|(?:permanent\\s+)?representatives|(?:top\\s+|chief\\s+)?diplomats)\\s+(?:of|representing)',
  // "Les chefs d'Etat de Mauritanie, du Mali … « ont fait part … »", as in English.
  "(?:^|nous,?\\s+|(?<=,\\s{0,3}))les\\s+(?:chefs\\s+d['’][ÉéE]tat(?:\\s+et\\s+de\\s+gouvernement)?|présidents|dirigeants|(?:Premiers\\s+)?ministres(?:\\s+des\\s+Affaires\\s+étrangères)?)\\s+(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])",
  // "se reunieron los Jefes de Estado y Altos Representantes de la República Federativa del
  // Brasil, …": the same in Spanish, as the subject or after the verb of meeting.
  '(?:^|(?<=,\\s{0,3})|(?<=se\\s+reunieron\\s+))los\\s+(?:Jefes\\s+de\\s+Estado(?:\\s+y\\s+(?:de\\s+Gobierno|Altos\\s+Representantes))?|presidentes|mandatarios|cancilleres|ministros\\s+de\\s+Relaciones\\s+Exteriores)\\s+(?:de\\s+la|de\\s+los|del|de)',
  '^for\\s+the\\s+government\\s+of',
  'in\\s+the\\s+name\\s+of',
  '(?:and|as\\s+well\\s+as)\\s+my\\s+own\\s+country',
  'joint\\s+(?:statement|declaration|communiqu[eé]|letter|appeal)s?\\s+(?:of|by|from|between)',
  '(?:déclaration|communiqué)\\s+(?:conjointe?|commune?)\\s+entre',
  '(?:declaraci[oó]n|comunicado)\\s+conjunt[oa]\\s+entre',
  '(?:gemeinsame\\s+)?(?:Erklärung|Absichtserklärung|Kommuniqué)\\s+zwischen',
  // "Ministerielle Erklärung zur Kooperation zwischen", "Joint Declaration on Cooperation between".
  // "Déclaration de Bucarest sur la coopération en matière de politique étrangère … entre".
  `(?:statement|declaration|communiqu[eé]|Erklärung|déclaration|declaraci[oó]n|заявление|декларация)(?:\\s+(?:of|de|von|d['’])\\s*\\p{Lu}\\p{L}+)?\\s+(?:on|zur|zum|über|sur|sobre|о|об)\\s+(?:(?:the|die|den|la|le|el|l['’])\\s*)?(?:\\p{L}+\\s+)?${COOPERATION}(?:\\s+[^,.;:]{0,60}?)?\\s+(?:between|zwischen|entre|между)`,
  '(?:совместное\\s+)?(?:заявление|коммюнике|декларация)\\s+между',
  "^(?:[\\p{Lu}][\\p{L}\\p{N}'’-]*\\s+){0,3}(?:statement|declaration|communiqu[eé])\\s+(?:of|by|from)",
  // "Joining us in aligning with this statement are the Candidate Countries …".
  '(?:joining\\s+us\\s+in\\s+)?aligning\\s+(?:themselves\\s+)?with\\s+(?:this|the\\s+present)\\s+(?:statement|declaration|(?:Council\\s+)?Decision)\\s+(?:are|is)',
  // "Countries joining the statement:", "States supporting this declaration:".
  '(?:countries|states|delegations|governments)\\s+(?:joining|signing|endorsing|supporting|co-?sponsoring)\\s+(?:the|this)\\s+(?:joint\\s+)?(?:statement|declaration|letter|appeal)\\s*:',
  // "47 countries signed the declaration, among them": a part of the signers follows.
  '(?:countries|states|nations|governments|delegations)\\s+(?:have\\s+|had\\s+)?(?:signed|endorsed|adopted|joined|backed|supported|co-?sponsored)\\s+(?:the|this|a)\\s+(?:joint\\s+)?(?:declaration|statement|communiqu[eé]|letter|appeal|pledge)[^.;:]{0,40}?,?\\s+(?:among\\s+them|including|such\\s+as|notably)',
  // "The nations that signed onto the declaration on Monday are:", "Signatories include".
  '(?:that|which|who)\\s+(?:have\\s+|had\\s+)?(?:signed|endorsed|joined|adopted|backed|supported|co-?sponsored|issued)(?:\\s+[^:.;]{0,60}?)?\\s+(?:are|were|include[sd]?)\\s*:?',
  // "uma carta com a assinatura de 21 presidentes – entre os quais Frank-Walter Steinmeier
  // (Alemanha)": some of the counted signers.
  '(?:assinaturas?|firmas?|signatures?|Unterschriften|firme)\\s+(?:de|of|des|von|di)\\s+(?:\\d{1,3}|[\\p{L}-]+)\\s+(?:[\\p{L}-]+\\s+){0,3}?[^\\p{L}\\d\\s]?\\s*(?:entre\\s+(?:os|as|los|las)\\s+(?:quais|cuales)|entre\\s+(?:eles|elas|ellos|ellas)|parmi\\s+(?:lesquels|lesquelles|eux)|among\\s+(?:them|whom)|including|darunter|tra\\s+cui|fra\\s+cui)',
  // "Today the UK agreed a joint statement with Estonia, Latvia and Lithuania".
  '(?:agreed|signed|issued|adopted|released|firm[óo]|suscribi[óo]|emiti[óo]|adopt[óo]|a\\s+(?:signé|adopté|publié)|assinou|emitiu|adotou|unterzeichnete|verabschiedete)\\s+(?:a|the|their|its|una|la|une|um|uma|eine|die)\\s+(?:new\\s+|nueva\\s+|nouvelle\\s+|nova\\s+|neue\\s+)?(?:joint\\s+|gemeinsame\\s+)?(?:statement|declaration|communiqu[eé]|declaración|comunicado|déclaration|declaração|Erklärung)(?:\\s+(?:conjunt[ao]|commune|conjointe))?\\s+(?:with|con|avec|com|mit)',
  // "Foreign ministers from the group, which also takes in Australia and Canada, wrote".
  '(?:the\\s+group|the\\s+coalition|the\\s+signatories|the\\s+signers)\\s*,?\\s+(?:which|that)\\s+(?:also\\s+)?(?:takes\\s+in|includes|included|comprises|counts)',
  // "Those signing the Declaration on … include three permanent members of the Security Council -
  // the United States, France and Germany -": some of the signers.
  '(?:those|countries|states|nations|governments)\\s+(?:signing|endorsing|joining|backing)\\s+(?:the|this)\\s+[^.;:]{0,120}?\\s+include[sd]?(?:\\s+[^.;:]{0,80}?\\s[-–—:])?',
  // "The more consequential newcomers include Pakistan, Nigeria": new signers of a pledge.
  '(?:signatories|signers|endorsers|co-?sponsors|signatory\\s+(?:states|countries|nations)|newcomers|new\\s+(?:signatories|signers))\\s+(?:are|were|include[sd]?)\\s*:?',
  '(?:pays|États)\\s+signataires\\s+(?:sont|étaient)\\s*:?',
  '(?:países|Estados)\\s+(?:firmantes|signatarios)\\s+(?:son|fueron)\\s*:?',
  '(?:signatories|signed|endorsed\\s+by|supported\\s+by|signatory\\s+(?:states|countries)|co-?signatories|co-?sponsors|the\\s+following\\s+(?:\\d+\\s+)?(?:countries|states|delegations|member\\s+states|participating\\s+states|governments)[^:.]{0,40}|(?:l[\\u2019\\u0027]|les\\s+)?ont\\s+(?:signé|adopté|approuvé|endossé)e?s?|the\\s+following\\s+(?:have\\s+|has\\s+)?(?:also\\s+)?(?:joined|signed|endorsed|supported|co-?sponsored|(?:associated|aligned)\\s+themselves\\s+with)[^:.]{0,60})\\s*:',
  // "Assinaram o comunicado Brasil, México …", "Firmaron la declaración Chile, …": the verb and
  // its text first, at the head of a clause, then the signers.
  // "Junto al presidente panameño firmaron el acuerdo Javier Milei (Argentina), …".
  // "Além do Brasil e dos Estados Unidos, subscrevem a nota Argentina, …": after a comma, now.
  // "Também assinam o texto o ministro … da Bolívia", "Hanno sottoscritto la lettera anche
  // Brasile, Canada …": more signers.
  `(?:^|(?<=[;:,]\\s{0,3})|(?<=^\\s*(?:junto|junta)\\s+(?:al|a\\s+la|a\\s+los|com\\s+o|com\\s+a)\\s+[^,.;:]{1,40}\\s))(?:(?:também|también|aussi|anche|also)\\s+)?(?:assinaram|subscreveram|subscrevem|assinam|firmaron|suscribieron|suscriben|firman|ont\\s+signé|hanno\\s+(?:firmato|sottoscritto)|firmarono|sottoscrissero|signed|подписали)\\s+(?:(?:o|a|os|as|el|la|los|las|le|les|l['’]|il|lo|la|gli|the)\\s*)?(?:comunicado|nota|declaração|documento|texto|declaración|carta|missiva|misiva|déclaration|communiqué|texte|lettre|dichiarazione|comunicato|testo|lettera|statement|declaration|letter|заявление|документ|обращение|acuerdo|acordo|pacto|accord|pacte|accordo|patto|agreement|pact)(?:\\s+(?:conjunt[oa]|conjointe?|commune?|congiunt[oa]|joint|совместное))?(?:\\s+(?:anche|também|también|aussi|also))?`,
  'от\\s+имени',
  // "в списке подписантов присутствуют Швейцария, Турция, …": on the list of its signers are.
  'в\\s+списке\\s+(?:подписантов|подписавших|стран-подписантов)\\s+(?:присутствуют|значатся|есть|фигурируют|числятся|оказались)',
  // "В числе присоединившихся - …", "Среди подписавших заявление …", "В числе участников,
  // одобривших документ, - …".
  '(?:в\\s+числе|среди)\\s+(?:(?:участников|стран|государств)\\s*,\\s*(?:одобривших|подписавших|поддержавших)\\s+(?:документ|декларацию|заявление|коммюнике|итоговый\\s+документ)\\s*,|присоединившихся|подписавших|поддержавших|подписантов|соавторов|стран-подписантов)(?:\\s+(?:к\\s+)?(?:заявлени|документ|деклараци|письм|обращени)\\p{L}*)?(?:\\s+(?:были|оказались|есть|значатся))?\\s*[-–—:]?',
  `${NOT_READY}(?:вместе|совместно|наряду)\\s+с${NOT_AT_WAR}`,
  "au\\s+nom\\s+d(?:e|u|es|['’])",
  `${NOT_READY}(?:conjointement|ensemble)\\s+avec${NOT_AT_WAR}`,
  'en\\s+nombre\\s+de',
  // "También firmaron autoridades de Bolivia …": the verb before its subject.
  '(?:también|además|asimismo)\\s+(?:firmaron|suscribieron|se\\s+adhirieron|se\\s+sumaron)',
  // "La carta … que han firmado nueve países europeos, entre ellos España": who signed, after.
  'que\\s+(?:han|habían|hayan)\\s+(?:firmado|suscrito|rubricado|respaldado)',
  // "una fórmula que define quiénes lo suscriben: «Los Estados Partes del MERCOSUR y …»".
  "(?:quiénes|quienes|who|qui)\\s+(?:lo\\s+|la\\s+|l['’]\\s*|it\\s+)?(?:suscriben|suscribieron|firman|firmaron|ont\\s+signée?|signent|signed|sign)",
  // "The letter of intent, signed with partners from Denmark, Estonia …": its co-signers.
  '(?:signed|agreed|concluded)\\s+(?:it\\s+)?with\\s+(?:(?:our|its|their|the)\\s+)?(?:partners|counterparts|ministers|allies)\\s+(?:from|of)',
  // "haben sich Deutschland, Belgien, … und Schweden dem Vorstoß angeschlossen": the reflexive
  // verb's subject between its two parts, however long.
  '(?:haben|hat)\\s+sich(?=[^.;:]{0,400}\\s(?:angeschlossen)(?![\\p{L}]))',
  `${NOT_READY}(?:junto|conjuntamente)\\s+con${NOT_AT_WAR}`,
  'im\\s+Namen\\s+(?:von|der|des)',
  // "arbeite Slowenien gemeinsam mit Deutschland an einem Projekt": partners in other work.
  `${NOT_READY}(?<!arbeite[nt]?\\s+(?:[\\p{L}-]+\\s+){0,2})(?:gemeinsam|zusammen)\\s+mit${NOT_AT_WAR}`,
  ...PORTUGUESE_FORWARD,
  ...ITALIAN_FORWARD,
]
  .map((cue) => new RegExp(`${W}${cue}${E}`, 'giu'))
  .concat(IN_STATEMENT_CUE);

/** "other", "autres", "altri", "weitere": the words for the rest of a counted group. */
export const OTHER_WORDS =
  'other|autres|otros|otras|outros|outras|altri|altre|weitere|anderen|übrigen';

/** "os da União Europeia", "those of the": a body's members, before its name. */
export const THOSE_OF =
  "(?:those\\s+of(?:\\s+the)?|os\\s+d[ao]s?|as\\s+d[ao]s?|los\\s+de(?:l|\\s+la)?|las\\s+de(?:l|\\s+la)?|ceux\\s+d(?:e|u|es)(?:\\s+la|\\s+l['’])?|quelli\\s+dell?['’a]?)";

// "In einem gemeinsamen Abschlussdokument unterstützen Belgien, die Niederlande und …": after
// the text its signers speak in, a German sentence puts the verb (lower case, where nouns are
// not) before them. Case matters here, so it is no cue of the case-blind lists.
export const GERMAN_TEXT_VERB =
  /^\s*(?:In|Im)\s+(?:einer|ihrer|der|dem|einem|ihrem)\s+(?:\p{Ll}+en\s+)?(?:Abschluss|Gipfel)?(?:Erklärung|erklärung|Dokument|dokument|Kommuniqué|kommuniqué|Stellungnahme|Schreiben|Brief|Appell|Aufruf|Mitteilung)\s+(?!(?:die|der|das|den|dem|sie|wir|es|er|am|im|vom|zum)\s)\p{Ll}+(?:\s+(?:sich|auch|zudem|ferner|nun|jetzt))?(?![\p{L}])/u;

/**
 * Verbs followed by their signers ("adopted by", "signed by"), which count only in a sentence
 * about a statement: "the trade agreement was signed by …" is not.
 */
export const VERB_CUES: RegExp[] = [
  // "the PBP together with France have committed USD 55 million" is no statement: the clause
  // after the cue must speak of one.
  // "La República de Nicaragua, acompañada por Belarús, China, …, llevó … una Declaración".
  '(?:(?:together|along|jointly)\\s+with|acompañad[oa]\\s+por|acompanhad[oa]\\s+(?:por|pel[oa]s?)|accompagnée?\\s+par|accompagnat[oa]\\s+da)(?=[^.;]{0,300}(?:statement|declaration|communiqu|appeal|letter|sign|adopt|issu|initiat|join|endors|deliver|заявлени|деклараци|приня|подпис|déclaration|declaración|Erklärung))',
  // "attacks initiated by Israel and the United States", "drones launched by": the acts of a war,
  // not a text; "a letter, launched by Chile": its author.
  // "Further to the joint statement already read out by Albania": an earlier statement.
  `(?<!(?:attacks?|strikes?|war|wars|aggression|hostilities|invasion|operations?|offensive|violence|sanctions|measures|bombing|raids?|missiles?|rockets?|drones?|already|previously|earlier|forces|troops|militias?|rebels|fighters|regimes?|army|armies|line|position|policy|stance|approach|strategy|course)\\s+)(?:adopted|signed|co-?signed|endorsed|issued|supported|sponsored|co-?sponsored|joined|backed|approved|initiated|launched|spearheaded|released|delivered|presented|submitted|agreed(?:\\s+upon)?|subscribed(?:\\s+to)?|made|read\\s+out)${ADVERB}${WHERE}\\s+by${INCLUDING}`,
  // "Los presidentes de A, … y de B, acompañados por el embajador de C en Chile, estamparon su
  // firma en la declaración": who stood with the signers signed with them.
  '(?:accompanied\\s+by|acompañad[oa]s\\s+por|acompanhad[oa]s\\s+(?:por|pel[oa]s?|de)|accompagnée?s\\s+(?:par|de)|accompagnat[ie]\\s+da)',
  // "signed by the presidents of A and B, and also by representatives of C": a second list.
  ',?\\s*(?:and|e|y|et|und)\\s+(?:(?:also|também|también|aussi|également|auch)\\s+)?(?:by|por|pel[oa]s?|par|von)(?<=(?:signed|adopted|endorsed|issued|assinad[oa]s?|subscrit[oa]s?|firmad[oa]s?|suscrit[oa]s?|signée?s?|adoptée?s?|unterzeichnet)(?:\\s+[\\p{L}\\d]+){0,3}?\\s+(?:by|por|pel[oa]s?|par|von)\\s[^.;]{1,260})',
  '(?:принят|подписан|одобрен|поддержан|распространен|озвучен)[аоы]?',
  // "итоговое коммюнике не поддержали Армения, …": who did not back it.
  '(?<!не\\s)(?:приняли|подписали|одобрили|поддержали|распространили|присоединились|присоединил(?:ась|ся|ось))(?:\\s+к\\s+нему)?',
  // "Проект итогового заявления получил твердую поддержку 26 [из 27] государств ЕС".
  '(?<!не\\s)получил[аои]?\\s+(?:[\\p{L}]+\\s+)?поддержку',
  // "соавторами этого совместного заявления выступили Белоруссия, Боливия, …": the verb last.
  '(?:соавторами|авторами|подписантами|соавтором)(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:выступили|выступила|выступил|стали|являются)',
  // "Руководители министерств иностранных дел Японии, … поставили подписи под".
  'руководители\\s+(?:министерств\\s+иностранных\\s+дел|МИД|внешнеполитических\\s+ведомств)',
  // "le communiqué final diffusé ensemble par l'Allemagne, le Nigéria".
  `(?:adopt|sign|approuv|soutenu|appuy|endoss|présent|prononc|publi|diffus)\\p{L}*(?:${ADVERB}|\\s+(?:ensemble|conjointement|également|aussi))?\\s+par`,
  // "la declaración que pide una fuerza europea apoyada por EEUU": what the text asks for is
  // backed by others.
  '(?<!(?:pide|piden|reclama|reclaman|defiende|defienden|propone|proponen|exige|exigen)\\s+[^.;:]{0,100})(?<!(?:línea|posición|posiciones|política|postura|estrategia|medidas|decisión)\\s+(?:[\\p{L}-]+\\s+){0,2})(?:adoptad|firmad|suscrit|respaldad|apoyad|presentad|aprobad|emitid|leíd)\\p{L}*\\s+por',
  '(?:unterzeichnet|verabschiedet|unterstützt|angenommen|abgegeben)\\s+von',
  // "aus einer Erklärung hervor, die Polen, Rumänien und Litauen am Montag … veröffentlichten": the
  // subject of a relative clause on the text, its verb last.
  '(?:Erklärung|Stellungnahme|Brief|Schreiben|Appell|Aufruf|Dokument|Papier|Kommuniqué)\\p{L}*(?:\\s+hervor)?\\s*,\\s+(?:die|den|das)(?=[^.;:]{0,200}\\s(?:veröffentlicht(?:en)?|unterzeichnet(?:en)?|verabschiedet(?:en)?|unterschrieben|abgaben|herausgaben|vorlegten|verfassten)(?![\\p{L}]))',
  // "cette déclaration emmenée par la Suisse et Singapour": who led the text.
  '(?:déclaration|statement|declaration|declaración|declaração|dichiarazione|Erklärung|initiative|iniciativa|iniziativa|lettre|letter|carta|lettera|appel|appeal|llamamiento|apelo|appello)\\s+(?:emmenée?s?|menée?s?|portée?s?|conduite?s?|led|spearheaded|championed|encabezad[oa]s?|liderad[oa]s?|impulsad[oa]s?|promovid[oa]s?|guidat[oa]|angeführt)\\s+(?:par|by|por|pel[oa]s?|da|dal|dalla|von)',
  // "the 12 military chiefs include those of Australia, Canada, …": whose office-holders signed.
  '(?:include|includes|included|are|were)\\s+(?:those|the\\s+ones)\\s+(?:of|from)',
  // "In dem … gemeinsamen Dokument betonten die Staatsoberhäupter von Slowenien, Kroatien, …".
  // "die Außenministerinnen und Außenminister – oder deren Vertreterinnen und Vertreter – aus".
  '(?:Staatsoberhäupter|Staats-\\s+und\\s+Regierungschefs|Regierungschefs|Außenminister(?:innen)?|Aussenminister(?:innen)?|Präsidenten)(?:\\s+[–—-]\\s+[^–—.;:]{1,80}?\\s+[–—-])?\\s+(?:von|aus)',
  // "Министры иностранных дел России, Китая…", "les ministres des Affaires étrangères du Mali…",
  // "los gobiernos de Chile…": who the signers are, followed by their states, in a sentence about
  // a statement.
  '(?:министры\\s+иностранных\\s+дел|главы\\s+(?:МИД|государств(?:\\s+и\\s+правительств)?|внешнеполитических\\s+ведомств|правительств)|лидеры|президенты|премьеры|премьер-министры|канцлеры|представители|постпреды)',
  "les\\s+(?:ministres\\s+des\\s+Affaires\\s+étrangères|chefs\\s+de\\s+la\\s+diplomatie|chefs\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|dirigeants|gouvernements|représentants)\\s+d(?:e|u|es|['’])",
  '(?:los|las)\\s+(?:cancilleres|jefes\\s+de\\s+(?:la\\s+)?diplomacia|ministros\\s+de\\s+(?:Relaciones\\s+Exteriores|Asuntos\\s+Exteriores)|presidentes|jefes\\s+de\\s+Estado(?:\\s+y\\s+de\\s+Gobierno)?|gobiernos|cancillerías|mandatarios|representantes)\\s+de',
  // "firmaron la declaración sus pares de Bolivia, Luis Arce; de Brasil, …": the first signer's
  // counterparts.
  "(?:sus\\s+(?:pares|homólog[oa]s)\\s+de|(?:his|her|their)\\s+counterparts\\s+(?:of|from)|ses\\s+homologues\\s+d(?:e|u|es|['’])|(?:seus|suas)\\s+homólog[oa]s\\s+d[eoa]s?)",
  // German puts the participle last: "wurde von A, B und C unterzeichnet".
  `(?:wurden?|worden)\\s+von(?=${GERMAN_PARTICIPLE})`,
  // "Unterzeichnet haben die Erklärung außer Deutschland auch Belgien, …": the verb first.
  '(?:unterzeichnet|unterschrieben|verabschiedet|mitgetragen)\\s+(?:haben|hat|hatten)(?:\\s+(?:die|den|das)\\s+(?:[\\p{L}-]+\\s+)?(?:Erklärung|Brief|Aufruf|Schreiben|Papier|Kommuniqué|Appell))?(?:\\s+außer\\s+[^,.;:]{1,40}?\\s+(?:auch|noch))?',
  ...JOIN_OPENINGS,
  ...PORTUGUESE_VERB,
  ...ITALIAN_VERB,
]
  .map((cue) => new RegExp(`${W}${cue}${E}`, 'giu'))
  .concat(new RegExp(GERMAN_TEXT_VERB.source, 'gu'));

export const BACKWARD_CUES: RegExp[] = [
  '(?:have\\s+|has\\s+|had\\s+)?(?:(?:also|jointly|today|all|both|together|formally)\\s+)*(?:put\\s+their\\s+names?\\s+to|lent\\s+(?:their|its)\\s+(?:support|backing|names?)\\s+to|put\\s+out|made\\s+public|publish(?:ed|es)?|unveil(?:ed|s)?|adopt(?:ed|s)?|sign(?:ed|s)?|co-?sign(?:ed|s)?|endors(?:ed|es?)|issu(?:ed|es?)|join(?:ed|s)?|co-?sponsor(?:ed|s)?|releas(?:ed|es?)|deliver(?:ed|s)?|(?:wish(?:es)?\\s+to\\s+)?read(?:s)?\\s+out|agreed\\s+on|agreed(?=\\s+(?:a|the|their)\\s+(?:new\\s+)?(?:joint\\s+)?(?:statement|declaration|communiqu))|subscribe[ds]?\\s+to|align(?:ed|s)?\\s+themselves|associate[ds]?\\s+themselves|approv(?:ed|es?)|back(?:ed|s))',
  '(?<!не\\s)(?:поставили\\s+(?:свои\\s+)?подписи|приняли|подписали|одобрили|поддержали|распространили|присоединились|выступили\\s+с|приняла|подписала|принял|подписал|подписывают|принимают)',
  // "…, que la France a elle aussi signé".
  // "…, a donné aujourd'hui son appui à la déclaration": gave its support to it.
  "(?:(?:ont|a)\\s+(?:(?:elle|lui|eux|elles)\\s+)?(?:aussi\\s+|également\\s+)?)?(?:adopté|signé|approuvé|endossé|publié|donné\\s+(?:aujourd['’]hui\\s+)?(?:son|leur)\\s+appui\\s+à|apporté\\s+(?:son|leur)\\s+(?:appui|soutien)\\s+à|se\\s+rallient|s['’]alignent|se\\s+joignent|se\\s+sont\\s+joints?|souscrivent|signent|adoptent|approuvent)",
  '(?:han\\s+|ha\\s+)?(?:adoptado|firmado|suscrito|aprobado|emitido|difundido|adoptaron|firmaron|emitieron|suscribieron|difundieron|dieron\\s+a\\s+conocer|(?:añadieron|añadió|sumaron|sumó|estamparon|estampó|pusieron|puso)\\s+(?:también\\s+)?su\\s+firma|se\\s+suman?|se\\s+adhieren?|se\\s+(?:ha|han)\\s+(?:adherido|sumado)|se\\s+(?:adhirió|adhirieron|sumó|sumaron)|se\\s+alinean|respaldaron|suscriben|firman|adoptan|respaldan)',
  // "A, B und C haben am Dienstag in Rom eine Erklärung unterzeichnet".
  // "in dem Land Myanmar haben acht Länder … eine Erklärung veröffentlicht": the counted subject
  // after the verb signed, not the place before it.
  `(?:haben|hat)(?!\\s+(?:\\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehrere|zahlreiche|einige|viele)\\s+\\p{L})(?=${GERMAN_PARTICIPLE})`,
  // "haben sich auch Deutschland, Spanien und Rumänien der Erklärung angeschlossen".
  '(?:haben\\s+|hat\\s+)?(?:unterzeichnet|verabschiedet|angenommen|unterzeichneten|verabschiedeten|schließen\\s+sich|unterzeichnen|verabschieden|(?:der|dem)\\s+(?:\\p{L}+\\s+)?(?:Erklärung|Aufruf|Appell|Brief|Schreiben|Initiative|Kommuniqué)\\s+angeschlossen)',
  // "La Russie, la Syrie … et Cuba font partie des pays signataires de la déclaration".
  '(?:are|were)\\s+(?:also\\s+)?among\\s+the\\s+(?:(?:countries|states)\\s+)?(?:co-?signatories|signatories|signers|co-?sponsors)',
  '(?:font|faisaient)\\s+(?:également\\s+|aussi\\s+)?partie\\s+des\\s+(?:pays\\s+|États\\s+)?(?:co)?signataires|(?:figurent|sont)\\s+(?:parmi\\s+les|au\\s+nombre\\s+des)\\s+(?:pays\\s+|États\\s+)?(?:co)?signataires',
  '(?:están|figuran|se\\s+encuentran|estaban|figuraban)\\s+entre\\s+los\\s+(?:países\\s+|Estados\\s+)?(?:firmantes|signatarios)',
  '(?:gehören|gehörten)\\s+(?:auch\\s+)?zu\\s+den\\s+(?:Unterzeichnern|Unterzeichnerstaaten|Unterzeichnerländern)',
  '(?:sono|erano|figurano)\\s+(?:anche\\s+)?tra\\s+i\\s+(?:Paesi\\s+)?firmatari',
  '(?:estão|figuram|estavam)\\s+entre\\s+os\\s+(?:países\\s+)?signatários',
  'входят\\s+в\\s+число\\s+(?:подписавших|подписантов|соавторов)',
  ...PORTUGUESE_BACKWARD,
  ...ITALIAN_BACKWARD,
].map((cue) => new RegExp(`${W}${cue}${E}`, 'giu'));

// Titles and initials whose full stop ends no sentence: "Mr. S. Jaishankar", "H.E. Ms.".
// Texts set in capitals write them so too: "H.E. DR. JOSEPH BUTORE".
export const ABBREVIATION =
  /(?<![\p{L}])(?:MR|MRS|MS|DR|PROF|AMB|HON|RT|GEN|JR|ST|Mr|Mrs|Ms|Dr|Prof|Amb|H\.E|S\.E|S\.M|SEM|St|Sr|Sra|Dña|Mme|Mlle|MM|Gen|Jr|Hon|Rt|Rev|Sen|Gov|Pres|Lt|Col|Maj|Capt|Lic|Ing|г|гг|г-н|г-жа|\p{Lu}h?)\./gu;

/** A deputy's words between a signer and the leader it stands for: "…, standing in for President". */
export const STANDING_IN =
  /(?<![\p{L}])(?:standing\s+in\s+for|deputi[sz]ing\s+for|in\s+representation\s+of|en\s+représentation\s+de|en\s+representación\s+de|in\s+Vertretung\s+(?:von|des|der))(?![\p{L}])/giu;

export const STATEMENT_PRONOUN = /(?<![\p{L}])(?:it|which|this|elle|ella|sie|оно|она)(?![\p{L}])/iu;
// A German letter, in its capital: "brief" is an English word too.
const GERMAN_LETTER = /(?<![\p{L}])(?:Brief(?:e|es|s)?|Schreiben)(?![\p{L}])/u;

/** Verb cues count only when the sentence is about a statement, or names it by a pronoun. */
export function aboutText(sentence: string): boolean {
  return (
    DECLARATION_NOUN.test(sentence) ||
    STATEMENT_PRONOUN.test(sentence) ||
    GERMAN_LETTER.test(sentence)
  );
}

export const DECLARATION_NOUN = new RegExp(
  `${W}(?:statements?|declarations?|communiqu[eé]s?|appeals?|letters?|non-?\\s?papers?|op-eds?|Gastbeitr(?:ag|ägen?|ags?)|pledges?|initiatives?|joint|texts?|documents?|blueprints?|roadmaps?|memorand(?:um|a)|charters?|accords?|compacts?|заявлени\\p{L}*|деклараци\\p{L}*|коммюнике|обращени\\p{L}*|документ\\p{L}*|текст(?:а|е|ом|ы)?|déclarations?|lettres?|textes?|declaraci[oó]n\\p{L}*|declaratorias?|comunicados?|(?:Abschluss|Gipfel|Absichts)?erklärung\\p{L}*|(?:Abschluss)?kommuniqu[ée]\\p{L}*|Stellungnahme\\p{L}*|Appell(?:s|e|en)?|Aufruf(?:s|e|en)?|(?:Abschluss|Positions)?dokument(?:e|en|s)?|gemeinsame[nr]?\\s+Mitteilung(?:en)?|pronunciamientos?|pronunciamentos?|${PORTUGUESE_NOUNS}|${ITALIAN_NOUNS})${E}`,
  'iu',
);

// A signed text whose title is about the relations of its parties: "signed the Declaration on
// the Strategic Partnership between X and Y", "подписали Декларацию о … отношений X и Y".
const SIGNED =
  /(?<![\p{L}])(?:signed|sign|signé|signent|firmaron|firman|firmado|unterzeichne\p{L}*|подписал\p{L}*|подписыва\p{L}*)(?![\p{L}])/iu;
const RELATIONS =
  /(?<![\p{L}])(?:relations|partnership|friendship|alliance|partenariat|amitié|relaciones|asociación|amistad|Beziehungen|Partnerschaft|Freundschaft|отношени\p{L}*|партн[её]рств\p{L}*|дружб\p{L}*|союзничеств\p{L}*)(?![\p{L}])/iu;
/** Whether a sentence signs a text on the relations of its parties, named after "between". */
export const signedOnRelations = (t: string): boolean =>
  SIGNED.test(t) && DECLARATION_NOUN.test(t) && RELATIONS.test(t);

/**
 * Words that may stand between the names of a list of signers, in lower case, with the lower-case
 * words of formal names ("la République coopérative du Guyana").
 */
export const LIST_WORDS = new Set([
  ...formalNameWords(),
  ...(
    'the and as well also its their our my own country countries state states member members ' +
    'government governments delegation delegations republic of kingdom candidate candidates ' +
    'potential following other together along jointly plus both all including notably namely ' +
    'particular such among them others representatives representative permanent mission ' +
    // The EU's formula for the states aligning with its statements: "the associated countries
    // Cyprus, Malta and Turkey", "the EFTA countries that belong to the European Economic Area".
    'associated ' +
    // "… da Bolívia, Fernando Aramayo, e altas autoridades do Equador e do Peru".
    'officials authorities autoridades altas altos autorités hautes funcionários funcionarios ' +
    'missions ministers minister foreign affairs heads head leaders presidents president prime ' +
    'ambassador ambassadors participating partner partners group core or with ' +
    'embajador embajadora embajadores ambassadeur ambassadrice ambassadeurs embaixador ' +
    'embaixadora embaixadores ambasciatore ambasciatrice ambasciatori botschafter botschafterin ' +
    // "Mr. Mohammed Tahir, Chargé d'Affaires, Embassy of Federal Republic of Nigeria".
    "chargé charge d'affaires d’affaires embassy ambassade embajada embaixada " +
    // "…, Minister of Foreign Affairs, for France;", "sus pares de Bolivia, Luis Arce; de Brasil,
    // Lula da Silva;".
    'for counterparts peers homologues homólogos pares amtskollegen da ' +
    // "a los que se sumaron las autoridades de Colombia".
    'authorities autoridades autorités behörden власти ' +
    'и а также так же как страны стран государства государств странами государствами ' +
    'правительства делегации республика республики члены член с вместе совместно наряду том числе ' +
    'другие других главы глав министры министров иностранных дел мид представители лидеры ' +
    'руководители президенты послы представитель представителя представителей посол посла ' +
    'et ainsi que la le les l de des du d pays états membres membre république son sa ses mon ' +
    'propre candidats candidat potentiels notamment dont y compris avec autres ' +
    'e así como el los las del países estados miembros república mi propio su sus candidatos ' +
    'incluidos incluyendo entre ellos junto con otros además ' +
    'und sowie die der den des länder staaten mitglieder republik mein eigenes land ' +
    // Offices in small letters between office-holders: "le président de la République de Pologne,
    // le chancelier de la République fédérale d'Allemagne et le président de la République".
    'chancellor king emir premier secretary vice-president vicepresidente vicepresidenta ' +
    'vice-président vice-présidente président présidente chancelier chancelière premier ' +
    'ministre roi reine émir chef chefs gouvernement presidenta canciller primer ministro ministra ' +
    'ministros rey gobierno президент президента канцлер премьер-министр министр ' +
    'министра король'
  ).split(' '),
  ...PORTUGUESE_LIST_WORDS.split(' '),
  ...ITALIAN_LIST_WORDS.split(' '),
]);

/** Words allowed between the last signer and a backward cue: auxiliaries and time. */
export const CUE_WORDS = new Set(
  (
    'have has had also jointly today yesterday all both together formally on this last week ' +
    'behalf a group ' +
    'recently earlier which who that et ont a y han ha и также também también aussi auch anche'
  ).split(' '),
);

/** Words that mark a list as part of the signers only. */
export const PARTIAL = new RegExp(
  `(?<![\\p{L}])(?:including|among them|among others|(?:were|are|was|is) among|such as|notably|and others|and other countries|включая|в том числе|и другие|и другими|среди них|notamment|dont|y compris|et d['’]autres|incluidos|incluyendo|entre ellos|entre otros|y otros|darunter|unter anderem|unter ihnen|${PORTUGUESE_PARTIAL}|${ITALIAN_PARTIAL})(?![\\p{L}])`,
  'iu',
);

/** Negation between signers and the verb: "did not sign". */
export const NEGATION =
  /(?<![\p{L}])(?:not|never|refused|declined|failed|did not|не|ne|n['’]ont|no|nicht|não|non)(?![\p{L}])/iu;

/** After the signers: they were observers, not signers. */
export const OBSERVERS =
  /^\s*(?:,\s*)?(?:as|в качестве|en tant qu['’]|como|na qualidade de|in qualità di)\s+(?:an?\s+)?(?:observers?|наблюдател\p{L}*|observateurs?|observador(?:es|as?)?|osservator[ei])/iu;

/** Prepositions after which a state is a place or a subject, not a signer. */
export const PLACE_PREPOSITIONS = new Set(
  (
    'in on against about regarding concerning over towards toward at from into inside near ' +
    'within to across for than like versus vs neighboring neighbouring bordering surrounding ' +
    'в во на о об по против из к ко для над под у при около ' +
    'en au aux contre sur dans à envers vers pour chez depuis ' +
    'contra sobre hacia desde para ' +
    'gegen über nach aus für auf gegenüber ' +
    // Portuguese "em/na/no" and Italian "nel/nella/contro": in or against a place; Italian
    // "su": about ("la dichiarazione firmata dall'Italia su Israele e Gaza").
    'em na no nos nas nel nella nei nelle verso contro su sul sulla sullo sui sulle sugli'
  ).split(' '),
);

/** Capitalised words that are dates, not places: "On Monday, Russia and …". */
export const DATE_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|today|yesterday)$/i;

/** A sentence about an earlier statement: its signers are not this one's. */
export const BACKGROUND =
  /(?<![\p{L}])(?:last\s+year|years?\s+ago|previous(?:ly)?|a\s+similar|earlier\s+this\s+year|в\s+прошлом\s+году|ранее|l['’]an(?:née)?\s+derni[eè]re?|el\s+año\s+pasado|letztes\s+Jahr)(?![\p{L}])/iu;

/** A heading over a list of signers, one a line: "Signatories", "Co-sponsors:". */
export const LIST_HEADING =
  /^(?:(?:the\s+)?list\s+of\s+)?(?:signatories|signatory\s+(?:states|countries)|co-?signatories|co-?sponsors|endorsements|signed\s+by|endorsed\s+by|supported\s+by|подписавшие|signataires|firmantes)\s*:?$/iu;

// "the Government of", "le Gouvernement de la", "der Regierung der", "Правительство": the office
// a signature block may sign for, between "For" and the state.
const SIGNING_FOR =
  "(?:(?:Government|Gouvernement|Gobierno|Regierung|Правительство|Президент|President|Président|Presidente|Präsident(?:en)?)\\s+(?:(?:of|de|du|des|del|der|von)\\s+(?:(?:the|la|le|les|el|die|den|das)\\s+|l['’])?|d['’])?)?";

/**
 * A signature block's line: "For the Kingdom of Sweden", "Pour la République française", "For
 * the Government of the Republic of Poland", "Por el Gobierno de", "За Правительство".
 */
export const SIGNATURE_LINE = new RegExp(
  `^(?:for|on\\s+behalf\\s+of|pour|por|für|за)\\s+(?:(?:the|la|le|les|el|die|den|das)\\s+|l['’])?${SIGNING_FOR}`,
  'iu',
);

/** The words of a signature block's line before its state, alone: "For the Government of". */
export const SIGNATURE_LEAD = new RegExp(`^\\s*${SIGNATURE_LINE.source.slice(1)}\\s*$`, 'iu');

/** "(Signed)" before a signer's name, in a letter's signature. */
const SIGNED_MARK = String.raw`\((?:signed|sgd\.?|signé|firmado|gez(?:eichnet)?\.?|подписано|подпись)\)`;

const OFFICES = [
  String.raw`(?:Deputy\s+)?Permanent\s+Representative|Ambassador|Charg[ée]\s+d['’]affaires(?:\s+a\.\s*i\.)?`,
  String.raw`(?:(?:Deputy|Vice)\s+)?(?:Prime\s+Minister|President)|Minister\s+(?:of|for)\s+Foreign\s+Affairs(?:\s+and\s+[\p{L}\s]{3,40}?)?|Foreign\s+Minister|Secretary\s+of\s+State`,
  String.raw`Représentante?\s+permanente?(?:\s+adjointe?)?|Ambassadeur|Ministre\s+des\s+Affaires\s+étrangères|Président(?:e)?|Premier\s+ministre`,
  String.raw`Representante\s+Permanente|Embajador(?:a)?|Ministr[oa]\s+de\s+(?:Relaciones|Asuntos)\s+Exteriores|Canciller|President[ea]`,
  String.raw`Ständige[rn]?\s+Vertreter(?:in)?|Botschafter(?:in)?|Außenminister(?:in)?|Bundesminister(?:in)?\s+des\s+Auswärtigen|Präsident(?:in)?`,
  String.raw`Постоянн\p{L}+\s+представител\p{L}+|Посол|Министр\s+иностранных\s+дел|Президент`,
].join('|');

/**
 * A signature's line of office, alone on its line: "(Signed) Jan Kowalski, Permanent
 * Representative of Poland to the United Nations", "Minister of Foreign Affairs of the Russian
 * Federation", "Министр иностранных дел". What it matches ends where the state's name begins.
 */
export const OFFICE_LINE = new RegExp(
  String.raw`^(?:${SIGNED_MARK}\s*)?(?:[^,;:\n]{2,60},\s*)?(?:${OFFICES})\s+(?:(?:of|for|de|du|des|del|der|von)\s+(?:(?:the|la|le|les|el|die|den|das)\s+|l['’])?|d['’])?`,
  'iu',
);

/** What may follow the state on a line of office: "to the United Nations", "при ООН". */
export const OFFICE_TAIL =
  /^[\s.,:;]*(?:(?:to|at|in)\s+(?:the\s+)?(?:United\s+Nations|UN)(?:\s+(?:Office\s+)?(?:in|at)\s+\p{Lu}\p{L}+)?|auprès\s+de\s+l['’]Organisation\s+des\s+Nations\s+Unies|auprès\s+des\s+Nations\s+Unies|ante\s+(?:las\s+)?Naciones\s+Unidas|bei\s+den\s+Vereinten\s+Nationen|при\s+(?:ООН|Организации\s+Объединенных\s+Наций))?[\s.,:;]*$/iu;

/** A signer's name marked "(Signed)", on a line of its own. */
export const SIGNED_LINE = new RegExp(String.raw`^${SIGNED_MARK}`, 'iu');

/** The line that closes a signed text: "Done at Madrid on 28 June 2022", "Fait à Paris". */
export const DONE_AT =
  /^(?:done\s+at|signed\s+at|fait\s+à|hecho\s+en|geschehen\s+zu|совершено\s+в)\s/iu;
