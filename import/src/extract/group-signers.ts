import { countryName } from '../resolve/country-names';
import { signsInOwnName } from '../resolve/signing-entities';
import type { TextLanguage } from '../resolve/country-names';
import { stateOfAdjective } from '../resolve/demonyms';
import { everMembers, membersAsCounted, membersOn } from '../resolve/group-members';
import type { GroupMembers } from '../resolve/group-members';
import type { Analysed } from './analysed';
import { groupOf } from './bloc-members';
import { membersCounted } from './counts';
import {
  DECLARATION_NOUN,
  FORWARD_CUES,
  GERMAN_TEXT_VERB,
  IN_STATEMENT_AFTER,
  OTHER_WORDS,
} from './cues';
import type { SentenceItem } from './sentence-items';
import { EXCEPTION, OBJECT_LEAD, STAYED_OUT, TOGETHER_WITH } from './list-cues';
import { addGroupMembers, stayedOut } from './list-signers';
import { weSpeakOfOtherText } from './other-text';
import type { Signers } from './collect-signers';
import type { ExtractedSignatory, Extraction } from './types';

// A title that ends on the group: "Statement of the Foreign Ministers of the Visegrad Group",
// "Déclaration des dirigeants du Triangle de Weimar", "Erklärung der Außenminister des",
// "Déclaration finale du sommet des chefs d'Etat ou de Gouvernement de la Commission de …",
// Russian with no preposition: "Совместное заявление членов Высшего … совета".
const TITLE_OF = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,2}?${DECLARATION_NOUN.source}(?:\\s+[\\p{L}'’–-]+){0,10}?\\s+(?:of|by|from|des|du|de\\s+la|der|des|de|del|de\\s+los|di|dei|della|dos|das|членов|участников|глав|государств|министров|лидеров|дел)\\s+(?:the\\s+)?[«“"]?\\s*$`,
  'iu',
);

const TOGETHER_CUE = new RegExp(`(?<![\\p{L}])(?:${TOGETHER_WITH})\\s*$`, 'iu');

// The group's summit, right after its name.
// "die G20, die Gruppe der führenden Industrie- und Schwellenländer, bei ihrem Gipfel auf Bali":
// after an apposition, the group's own summit.
const SUMMIT_AFTER =
  /^[\s-]*(?:,\s*[^,.;:]{1,80},\s*(?:(?:bei|at|à|au|en|auf|in|на)\s+)?(?:ihrem|seinem|its|their|son|leur|su|sua|seu|своем|своём)\s+)?(?:summit|Gipfel\p{L}*|sommet|cumbre|vertice|cimeira|cúpula|саммит\p{L}*|峰[会會])/iu;

// Between a cue and its group: an article, or who in the group ("on behalf of the member states
// of", "l'ont signée : les cinq Présidents des pays du G5 Sahel").
const OF_GROUP = new RegExp(
  `^\\s*(?:(?:all|tous|toutes|todos|todas|tutti|tutte|alle)\\s+)?(?:(?:the|la|le|les|el|los|las|die|der|den|das|i|gli)\\s+|l['’])?(?:(?:\\d{1,3}|[\\p{L}-]+)\\s+)??(?:(?:${OTHER_WORDS})\\s+)?(?:(?:heads\\s+of\\s+state(?:\\s+and\\s+(?:of\\s+)?government)?|leaders|presidents|(?:foreign\\s+)?ministers|member\\s+(?:states|countries)|présidents|chefs\\s+d['’]État|dirigeants|ministres|États\\s+membres|jefes\\s+de\\s+Estado|presidentes|cancilleres|Estados\\s+miembros|ministri(?:\\s+degli\\s+(?:Affari\\s+(?:esteri|interni)|Esteri|Interni))?|capi\\s+di\\s+Stato(?:\\s+e\\s+di\\s+governo)?|leader)\\s+(?:of\\s+the|of|des\\s+pays\\s+(?:du|de\\s+la|de\\s+l['’])|des|du|de\\s+la|de|del|de\\s+los|(?:che\\s+compongono|del|dello|della|dei|degli)(?:\\s+il|\\s+lo|\\s+la|\\s+l['’])?|dell['’])\\s*)?$` +
    // "поддержку 26 [из 27] государств ЕС", "стран-членов ЕС": Russian, the group in the genitive.
    `|^\\s*(?:\\d{1,3}\\s+(?:\\[[^\\]]{1,12}\\]\\s+)?)?(?:государств|стран)(?:[\\s-]+(?:член(?:ов|ы)|участниц))?\\s+$`,
  'iu',
);

// The group's summit, before its name and who met there: "the summit of the heads of state of
// the member states of the CSTO", "саммита глав государств – членов ОДКБ", "the 12th summit of the
// seven-nation South Asian Association …".
const SUMMIT_BEFORE = new RegExp(
  `(?:summit|Gipfel\\p{L}*|sommet|cumbre|vertice|cimeira|cúpula|саммит\\p{L}*)(?:\\s+(?:ordinária|extraordinária|ordinaire|extraordinaire|ordinaria|extraordinaria))?\\s+(?:(?:of|of\\s+the|des|du|de\\s+la|de\\s+los|del|de|der|des|dei|della|da|do|dos)\\s+)?(?:(?:heads\\s+of\\s+state(?:\\s+and\\s+(?:of\\s+)?government)?|leaders|presidents|глав\\s+государств(?:\\s+и\\s+правительств)?|лидеров|президентов|chefs\\s+d['’]État(?:\\s+et\\s+de\\s+gouvernement)?|dirigeants|jefes\\s+de\\s+Estado(?:\\s+y\\s+de\\s+Gobierno)?|chefes\\s+de\\s+Estado(?:\\s+e\\s+d[eo]\\s+Governo)?|presidentes|Staats-\\s+und\\s+Regierungschefs)\\s*)?(?:(?:[–—-]\\s*членов|(?:of\\s+the\\s+)?member\\s+(?:states|countries)\\s+of|of|of\\s+the|des\\s+(?:États|pays)\\s+membres\\s+de|de\\s+los\\s+(?:Estados|países)\\s+miembros\\s+de|des|du|de|del|der|von|da|do)\\s+)?(?:(?:the|la|l['’]|el|die|der|a|o)\\s*)?(?:[\\p{L}\\d]+-(?:nation|member|country|state)\\s+)?$`,
  'iu',
);

// A sentence that opens on the group's leaders or ministers: "Les présidents des", "The leaders
// of the", "Al cierre de la cumbre, los líderes de la", and their verb after the group's name.
// "Con la firma de la Declaración de Paracas, los cuatro mandatarios de la": as many as it has.
const LEADERS_OF =
  /^\s*(?:[^,.;:]{0,80},\s*)?(?:les|the|los|las|die|os)\s+(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|dois|quatro)\s+)?(?:(?:heads\s+of\s+state(?:\s+and\s+government)?|leaders|presidents|(?:foreign\s+)?ministers|présidents|chefs\s+d['’]État|dirigeants|ministres|presidentes|jefes\s+de\s+Estado|cancilleres|ministros|líderes|dirigentes|mandatarios|gobernantes|Staats-\s+und\s+Regierungschefs|Außenminister|chefes\s+de\s+Estado(?:\s+e\s+d[eo]\s+Governo)?)(?:\s+des\s+Affaires\s+étrangères|\s+de\s+Relaciones\s+Exteriores)?\s+(?:of\s+the|of|des|du|de\s+la|de\s+l['’]|de\s+los|de\s+las|del|der|des|da|do|dos|das)\s*(?:(?:\p{L}+\s+)?(?:pays|États|Etats|countries|states|países|Estados)\s+membres?\s+(?:of\s+the|of|de\s+l['’]|du|de\s+la|des|de|del)\s*)?)$/iu;
// "vertice dei leader dei paesi meridionali dell'Unione europea (Med7)": the summit of a group
// described in words, its name in brackets.
const SUMMIT_OF_BRACKETED =
  /(?<![\p{L}])(?:summit|vertice|sommet|cumbre|cimeira|Gipfel\p{L}*|саммит\p{L}*)\s+[^.;:()]{0,100}\(\s*$/iu;

// Who in the group, right before its name: "die Staats- und Regierungschefs der", "the foreign
// ministers of the", "I leader di 26 Paesi membri dell'": how many of its members too; "les chefs
// d'État des pays du G5 Sahel".
const LEADERS_BEFORE =
  /(?:heads\s+of\s+(?:state(?:\s+and\s+government)?|government)|leaders|presidents|(?:foreign\s+)?ministers|présidents|chefs\s+d['’]État(?:\s+et\s+de\s+(?:gouvernement|délégation))?|dirigeants|ministres(?:\s+des\s+Affaires\s+étrangères)?|presidentes|jefes\s+de\s+Estado(?:\s+y\s+de\s+Gobierno)?|cancilleres|ministros(?:\s+de\s+(?:Relaciones|Asuntos)\s+Exteriores)?|líderes|Staats-\s+und\s+Regierungschefs|Regierungschefs|Außenminister(?:innen)?|Vertreter(?:innen)?|capi\s+di\s+Stato(?:\s+e\s+di\s+governo)?|ministri\s+degli\s+Esteri|leader|chefes\s+de\s+Estado(?:\s+e\s+d[eo]\s+Governo)?|dirigentes)\s+(?:of\s+the|of|der|des|du|de\s+la|de\s+l['’]|de|del|de\s+los|dei|degli|della|dell['’]|do|da|dos|di)\s*(?:(?<=\s)(?:\d{1,2}\s+)?(?:Paesi|Stati|countries|states|pays|États|países|Estados|Länder|Staaten)(?:[\s-]+(?:membri|members?|membres|miembros|membros))?\s+(?:of\s+the|of|dell['’]|della|del|de\s+l['’]|de\s+la|du|de|der|des|da|do)\s*)?$|(?:главы\s+государств(?:\s+и\s+правительств)?|лидеры|руководители|министры\s+иностранных\s+дел)(?:\s+(?:стран|государств)(?:\s*[–—-]\s*членов)?)?\s*$/iu;
const ISSUED_BY_LINE = /^\s*(?:issued|adopted|agreed)\s+by\s+(?:the\s+)?$/iu;
const WITHOUT_CONSENSUS =
  /(?<![\p{L}])(?:sin|without|sans|ohne|sem|senza|без)\s+(?:(?:el|le|o|il|den|full|pleno|total)\s+)?(?:consenso|consensus|Konsens|консенсуса)(?![\p{L}])/iu;
const ABSENT_AFTER =
  /^\s+(?:were\s+|are\s+|sont\s+|étaient\s+)?(?:absent|absente?s?|missing|ausentes?|assenti|fehlten|fehlen|отсутств\p{L}*)(?![\p{L}])/iu;
const THEIR_STATEMENT_NEXT =
  /^\s*(?:the|their)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\s+(?:that\s+)?(?:they|the\s+leaders)\s+(?:issued|adopted|released|agreed)(?![\p{L}])/iu;
// "Dans le communiqué publié à l'issue des travaux, les chefs d'État … du G5 Sahel estiment": a
// sentence that opens in the statement, its subject the group's leaders.
const IN_TEXT_OPENING =
  /^\s*(?:dans|in|en|im|nel|no|na)\s+[^.;:]{0,20}?(?:communiqué|comunicado|comunicato|Kommuniqué|statement|declaration|déclaration|declaración|Erklärung|dichiarazione|declaração)(?![\p{L}])[^.;:]{0,120}$/iu;
// A headline that opens on the group as who speaks: "G7 countries will never accept new borders",
// "Quad ministers warn".
const GROUP_SUBJECT_AFTER =
  /^[\s-]*(?:countries|states|nations|leaders|(?:foreign\s+)?ministers|heads(?:\s+of\s+(?:state|government))?|Staaten|Länder|Außenminister)\s+\p{Ll}/iu;
// "ASEAN laments Myanmar impasse": the group's own verb right after its name.
const GROUP_VERB_AFTER = /^\s+\p{Ll}{3,}(?:s|ed)\s+\p{L}/u;
// Or a verb of taking a stand in the past: "Os Chefes de Estado … da SADC renovaram o seu apoio".
// "Con la firma de la Declaración de Paracas, los cuatro mandatarios de la Alianza del Pacífico
// pusieron fin a la X Cumbre": the leaders a sentence says signed, whatever its verb.
const SIGNING_OPENING =
  /^\s*(?:con\s+la\s+firma\s+d|with\s+the\s+signing\s+of|by\s+signing|avec\s+la\s+signature\s+d|en\s+signant|com\s+a\s+assinatura\s+d|ao\s+assinar|mit\s+der\s+Unterzeichnung|con\s+la\s+sottoscrizione\s+d)/iu;
const GROUP_STAND_AFTER =
  /^\s+(?:has|ha|a|hat|tem)\s+(?:(?:also|inoltre|anche|également|aussi|además|también|auch|ainda)\s+)?(?:condemned|condannato|condamné|condenado|verurteilt|reaffirmed|ribadito|riaffermato|réaffirmé|reafirmado|bekräftigt|urged|esortato|exhorté|instado|aufgefordert)(?![\p{L}])/iu;
const HAVE_AFTER =
  /^\s+(?:ont|have|han|haben|hanno|têm|have\s+also|ont\s+également|assinaram|subscreveram|puseram|renovaram|reiteraram|reafirmaram|expressaram|manifestaram|condenaram|apelaram|afirmaram|sublinharam|voltaram\s+a|reafirmaron|reiteraron|expresaron|manifestaron|condenaron|volvieron\s+a|firmaron|suscribieron|rubricaron|signed|firmarono|sottoscrissero|ribadirono|riaffermarono|espressero|condannarono)\s/iu;
// "Le Collège des chefs d'État de l'AES y voit une « agression »", "La Conférence des Chefs d'Etat
// et de Gouvernement de l'UEMOA a tenu": the body of the group's leaders, any verb after it.
const COLLEGE_OF =
  /^\s*(?:le|la|the|el|o|a|der|die|il)\s+(?:Collège|College|Conseil|Council|Consejo|Colegio|Conselho|Rat|Consiglio|Conférence|Conference|Conferencia|Conferência|Konferenz|Conferenza|Assemblée|Assembly|Asamblea|Assembleia)\s+(?:des|of(?:\s+the)?|de\s+los|de|dos|der|dei)\s+(?:chefs\s+d['’][ÉE]tat(?:\s+et\s+de\s+gouvernement)?|heads\s+of\s+state(?:\s+and\s+government)?|jefes\s+de\s+Estado|chefes\s+de\s+Estado|Staatschefs|capi\s+di\s+Stato|ministres|ministers|ministros|Minister|ministri)\s+(?:de\s+l['’]|du|de\s+la|des|of\s+the|of|de|del|da|do|der|des|dell['’])\s*(?:\p{Lu}[^()]{0,80}\(\s*)?$/iu;
// "Os nove Estados-membros da CPLP, reunidos …, reiteram …, refere a declaração final": the
// group's members, the subject of a sentence beside the statement it reports; "Quelques heures
// plus tôt, les 26 autres Etats membres de l'UE": after a clause too, and the rest of them.
const MEMBERS_OF = new RegExp(
  `^\\s*(?:[^,.;:]{0,80},\\s*)?(?:os|as|the|les|los|las|die)\\s+(?:(?:representatives|représentants|representantes|Vertreter|rappresentanti)\\s+(?:of\\s+the|des|de\\s+los|dos|der|dei|degli)\\s+)?(?:[\\p{L}\\d]+\\s+)?(?:(?:${OTHER_WORDS})\\s+)?(?:member\\s+(?:states|countries)|Estados[\\s-]membros|países[\\s-]membros|Estados\\s+miembros|países\\s+miembros|[ÉE]tats\\s+membres|pays\\s+membres|Mitgliedstaaten|Mitgliedsländer|States\\s+Parties|Estados[\\s-]Partes|[ÉE]tats\\s+parties)\\s+(?:of\\s+the|of|da|do|de\\s+la|de\\s+l['’]|del|de|der|des|du)\\s*$`,
  'iu',
);
// "Reunidos no Rio de Janeiro, os países do Brics tornaram pública … a Declaração Final": the
// group's countries, the subject of the sentence that reports their text.
// "Las diez naciones que forman la Alianza Bolivariana …": its members, counted, as its makers.
const COUNTRIES_OF =
  /^\s*(?:[^,.;:]{0,80},\s*)?(?:os|as|the|les|los|las|die|i)\s+(?:(?:\d{1,2}|\p{L}+)\s+)?(?:países|naciones|nações|countries|nations|states|pays|Länder|Staaten|paesi)\s+(?:(?:que|that|qui|die|che)\s+(?:forman|integran|componen|conforman|formam|integram|compõem|make\s+up|form|forment|composent|bilden|formano|compongono)\s+(?:(?:la|el|los|las|a|o|the|le|l['’]|die|den|das|il|lo)\s*)?|(?:do|da|of\s+the|of|du|de\s+la|de\s+l['’]|del|de|der|dei|della)\s*)$/iu;
const IN_IT =
  /^\s*(?:in\s+it|therein|in\s+the\s+(?:statement|text|document|declaration|communiqu[eé])|dans\s+(?:celui-ci|celle-ci|le\s+texte)|en\s+él|en\s+el\s+texto|darin|im\s+Text|nel\s+testo)\s*,\s*(?:the|les|los|las|die|i|gli)?\s*$/iu;
const INTRODUCES_TEXT = new RegExp(`${DECLARATION_NOUN.source}[^.;:]{0,30}:\\s*$`, 'iu');
const VERB_AFTER = /^\s+(?:y\s+|s['’]|se\s+|ne\s+)?\p{Ll}/u;
// The group's verb of adopting or issuing a text, a few words after its name.
// "La Cumbre Iberoamericana de Jefes de Estado y de Gobierno que acaba de concluir recogió en su
// declaración final": its text after the words that name its meeting.
const ADOPTS_AFTER =
  /^[^.;:!?]{0,80}?(?<![\p{L}])(?<!(?:had|hatte|hatten|avait|avaient|había|habían)\s+)(?:recogió\s+en\s+su|adopted|issued|approved|signed|adoptó|aprobó|emitió|firmó|suscribió|adotou|aprovou|emitiu|assinou|a\s+adopté|a\s+approuvé|a\s+signé|verabschiedete|unterzeichnete|ha\s+adottato|ha\s+approvato|ha\s+firmato|adottò|approvò|приняла|приняло|подписала|одобрила)(?![\p{L}])/iu;

const ALIGNED_WITH =
  /(?:align(?:ed|s)?\s+(?:themselves|itself)\s+with|s['’]align\p{L}*\s+sur|se\s+(?:han\s+)?aline\p{L}*\s+con)\s+(?:the\s+|la\s+|el\s+)?(?:statement|position|declaration|communiqu[eé]|déclaration|position|declaración|posición)\s+(?:of\s+the|of|de\s+l['’]|de\s+la|de)\s*$/iu;

const ALL_MEMBERS_AMONG =
  /(?:unter\s+ihnen|darunter|among\s+them|including|(?:fra|tra)\s+cui|among\s+(?:the\s+)?(?:signatories|signers)|(?:fra|tra)\s+i\s+firmatari|parmi\s+(?:eux|les\s+signataires)|entre\s+(?:ellos|los\s+firmantes|eles|os\s+signatários))(?:\s+(?:were|are|waren|sind|compaiono|figurano|figurent|figuran|figuram|se\s+encuentran|estão))?\s+(?:all|every|sämtliche|alle|tutti\s+i|tutti\s+gli|tous\s+les|todos\s+los|todos\s+os)\s+(?:the\s+)?(?:\d{1,2}\s+)?(?:member\s+(?:states|countries)|members|Mitgliedsländer|Mitgliedstaaten|Mitglieder|membri|(?:Stati|Paesi)\s+membri|États\s+membres|membres|Estados\s+miembros|miembros|Estados-membros|membros)\s+(?:of\s+the|of|der|des|dell['’]|della|del|de\s+l['’]|de\s+la|du|de|da|do)\s*$/iu;

// "Los Estados de la Unión Europea, con la única salvedad de Hungría, han reclamado", "All EU
// countries except Hungary backed", "Every European Union member except Hungary put its name to
// a statement": the group's members, bar one or two, act as one.
const MEMBERS_BEFORE =
  /^\s*(?:(?:all(?:\s+the)?|every|todos|todas|tous|toutes|alle|tutti|todos|\d{1,2}|\p{Lu}\p{Ll}+)\s+)?(?:the|los|las|les|die|i|gli|os|as)?\s*(?:member\s+)?(?:states|countries|nations|Estados|países|[ÉE]tats|pays|Staaten|Länder|Stati|Paesi)(?:[\s-]+(?:members?|miembros|membres|membri|membros))?\s+(?:of\s+the|of|de\s+la|de\s+l['’]|del|de|du|der|dell['’]|della|da|do)\s*$/iu;
// "Veintiséis Estados de la Unión Europea, es decir, todos excepto Hungría": "that is, all".
const MEMBERS_AFTER =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:member\s+)?(?:states?|countries|country|nations?)|member|(?:Mitglied)?(?:staaten|länder))?\s*,?\s*(?:(?:es\s+decir|that\s+is|c['’]est-à-dire|d\.\s?h\.|cioè|ou\s+seja|isto\s+é),\s*(?:todos|all|tous|alle|tutti)\s*)?$/iu;
// "Seventeen member countries of the Pacific Islands Forum signed the statement, the sole
// exception being Kiribati": their verb, then the exception.
const SIGNED_THEN =
  /^\s+(?:have\s+|had\s+)?(?:signed|endorsed|adopted|backed|joined|firmaron|suscribieron|ont\s+signé|unterzeichneten|hanno\s+firmato)\s+[^.;:]{0,60}?,\s*$/iu;
// A group's member states by a noun glued to its name or after it: "EU-Staaten", "EU member states".
const MEMBERS_GLUED =
  /^(?:-(?:Mitglied)?(?:staaten|länder)|-Mitgliedsländer|-Mitglieder|\s+(?:member\s+(?:states|countries)|Mitgliedstaaten))(?![\p{L}])/iu;
const OF_THE = String.raw`\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+the|of|der|des|de\s+los|de\s+las|dei|degli|delle)\s+`;
const TEXT_OF = new RegExp(`${DECLARATION_NOUN.source}${OF_THE}$`, 'iu');
const TEXT_OF_MEMBERS = new RegExp(
  `${DECLARATION_NOUN.source}${OF_THE}(?:Staaten|Mitgliedstaaten|Länder|member\\s+states|États\\s+membres|Estados\\s+miembros|Stati\\s+membri|Paesi\\s+membri)\\s+(?:der|of\\s+the|of|de\\s+l['’]|de\\s+la|del|dell['’]|della)\\s*$`,
  'iu',
);
const TEXT_WHICH = new RegExp(
  `${DECLARATION_NOUN.source}\\s*,?\\s+(?:which|that)\\s+(?:all\\s+)?(?:\\d{1,2}\\s+|[\\p{L}-]+\\s+)?(?:of\\s+the\\s+)?$`,
  'iu',
);
const ENDORSED_AFTER =
  /^\s+(?:have\s+|had\s+)?(?:endorsed|signed|backed|supported|adopted|joined|approved)(?![\p{L}])/iu;
// "итоговое коммюнике «каспийской пятерки»": Russian puts the group in the genitive, no word
// between.
// "Тяньцзиньской декларации Совета глав государств-членов ШОС": of its leaders' council too.
const RU_TEXT_OF =
  /(?:заявлени|деклараци|коммюнике|обращени)\p{L}*(?:\s+(?:Совета|саммита|встречи|заседания))?(?:\s+(?:глав\s+государств(?:\s+и\s+правительств)?|министров\s+иностранных\s+дел|лидеров)(?:\s*[-–—]\s*(?:членов|участников))?)?\s+[«"„]?\s*$/u;
const SUBJECT_ARTICLE = /^\s*(?:die|the|alle|all)?\s*$/iu;
// "BRUSSELS (AP) — Every": after a wire's dateline too.
const ALL_OF_BEFORE = /^\s*(?:[^\n]{0,40}?\s[-–—]{1,2}\s+)?(?:all(?:\s+the)?|every|alle)\s*$/iu;
// "la declaración con la que la Unión Europea (UE) reclama", "the statement in which the EU
// calls for": the group is the subject of the text's own clause.
const TEXT_WHEREBY = new RegExp(
  `${DECLARATION_NOUN.source}(?:\\s+(?:conjunt[oa]|commune?|conjointe?|joint|gemeinsame|congiunt[oa]))?,?\\s+(?:con\\s+(?:la|el)\\s+que|en\\s+(?:la|el)\\s+que|por\\s+(?:la|el)\\s+que|in\\s+which|with\\s+which|by\\s+which|dans\\s+laquelle|par\\s+laquelle|avec\\s+laquelle|in\\s+der|mit\\s+der|em\\s+que|na\\s+qual|com\\s+a\\s+qual|in\\s+cui|con\\s+cui|nella\\s+quale|в\\s+котор(?:ом|ой))\\s+(?:(?:the|la|el|le|l['’]|die|der|a|o|il)\\s*)?$`,
  'iu',
);

// "In einem gemeinsamen Abschlussdokument unterstützen die drei Benelux-Staaten": the group's
// members, after the verb that follows the text they speak in.
const GERMAN_MEMBERS_BEFORE =
  /^\s+(?:(?:die|alle)\s+)?(?:(?:\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+)?$/u;
const germanTextMembers = (before: string, after: string): boolean => {
  const opening = GERMAN_TEXT_VERB.exec(before);
  return (
    opening !== null &&
    GERMAN_MEMBERS_BEFORE.test(before.slice(opening[0].length)) &&
    MEMBERS_GLUED.test(after)
  );
};

const GERMAN_SIGNED_BEFORE =
  /(?<![\p{L}])(?:setzten|unterzeichneten|unterschrieben|verabschiedeten|billigten)\s+(?:[^.;:]{0,40}?\s)?(?:die|alle)\s+[^.;:]{0,60}$/u;
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|a|its|their)\s+$/iu;
const GROUP_TEXT_AFTER =
  /^\s*(?:(?:leaders['’]?|(?:foreign\s+)?ministers['’]?)\s+)?(?:joint\s+|final\s+)?(?:statement|declaration|communiqu[eé])(?![\p{L}])/iu;

/**
 * A group of group-members.yaml that a statement speaks for, and where the text says so;
 * `among` when the text names all its members among the signers (a list beside it may be some
 * of them), `summit` when only its summit ties it to the text.
 */
export type SigningGroup = {
  group: GroupMembers;
  item: SentenceItem;
  sentence: Analysed;
  among?: boolean;
  /** Named by its summit beside a text: a text of the summit, not always of all its members. */
  summit?: boolean;
  /** Members the text leaves out in a sentence that does not name the group. */
  except?: string[];
  /** Named as the group's own text ("the G-8 statement"): states the text lists signed it. */
  ownText?: boolean;
};

// "sottoscritta … da tutti gli Stati membri tranne l'Ungheria": all a group's members but some,
// the group named elsewhere in the text.
const ALL_MEMBERS_BEFORE =
  /(?<![\p{L}])(?:all(?:\s+the)?|every|tutti\s+gli|tutte\s+le|todos\s+los|todas\s+las|tous\s+les|toutes\s+les|alle|todos\s+os|todas\s+as)\s+(?:(?:other|altri|otros|autres|anderen|outros)\s+)?(?:member\s+(?:states|countries)|members|Stati\s+membri|Paesi\s+membri|Estados\s+miembros|países\s+miembros|[ÉE]tats\s+membres|pays\s+membres|Mitgliedstaaten|Mitgliedsländer|Estados[\s-]membros|países[\s-]membros)\s*,?\s*$/iu;

/**
 * A sentence that says all members but some signed ("da tutti gli Stati membri tranne
 * l'Ungheria") without naming the group: the first group the text names whose members the
 * exceptions were, with them left out.
 */
function allMembersExcept(analysed: Analysed[]): SigningGroup | undefined {
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    const exception = EXCEPTION.exec(text);
    if (!exception || !ALL_MEMBERS_BEFORE.test(text.slice(0, exception.index))) continue;
    if (sentence.items.some((i) => groupOf(i) && i.start < exception.index)) continue;
    const except = statesAfter(sentence, exception.index + exception[0].length);
    if (except.length === 0) continue;
    for (const a of analysed) {
      const item = a.items.find((i) => {
        const group = groupOf(i);
        return group !== undefined && except.every((code) => everMembers(group).includes(code));
      });
      const group = item && groupOf(item);
      if (item && group) return { group, item, sentence: a, except };
    }
  }
  return undefined;
}

// "Hungary looks to be the one member state of the European Union that did not put its name to
// a joint statement", "Of all the EU countries, only Hungary stayed off the list": the group's
// other members signed.
const ONLY_WORDS =
  'only|seul(?:e)?s?|sólo|solo|solamente|únicamente|nur|soltanto|apenas|somente|только';
const ONLY = new RegExp(
  `(?<![\\p{L}])(?:${ONLY_WORDS}|the\\s+one|the\\s+sole|únic[oa]|einzige[rns]?|unic[oa]|единственн\\p{L}*)(?![\\p{L}])`,
  'iu',
);
const ONLY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ONLY_WORDS})\\s+$`, 'iu');
const RELATIVE = /^[\s,]*(?:that|which|who|que|qui|der|die|das|che|который|которая|которое)\s+/iu;

function onlyMemberOut(analysed: Analysed[]): SigningGroup | undefined {
  const out = stayedOut(analysed);
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    if (!ONLY.test(text)) continue;
    for (const item of sentence.items) {
      const group = groupOf(item);
      if (!group) continue;
      const members = everMembers(group);
      // Before the group, its verb after it ("Hungary … the one member … that did not put its
      // name to"); or said to stay out anywhere ("only Hungary stayed off the list").
      const said = STAYED_OUT.test(text.slice(item.end).replace(RELATIVE, ''));
      const outOfIt = sentence.items.flatMap((i) => {
        const code = i.kind === 'state' ? i.mention?.ids[0] : undefined;
        return code && members.includes(code) && (out.has(code) || (said && i.end <= item.start))
          ? [code]
          : [];
      });
      const distinct = [...new Set(outOfIt)];
      // "only Russia and China refused to go along": two or three, when "only" leads their run.
      const first = sentence.items.find(
        (i) => i.kind === 'state' && distinct.includes(i.mention?.ids[0] ?? ''),
      );
      const led = first !== undefined && ONLY_BEFORE.test(text.slice(0, first.start));
      if (distinct.length === 1 || (led && distinct.length <= 3))
        return { group, item, sentence, except: distinct };
    }
  }
  return undefined;
}

// "Los Estados de la Unión Europea (UE) y los de la Comunidad de Estados Latinoamericanos y
// Caribeños (Celac) dejaron constancia, en el documento …": the members of one group, or of two,
// at the head of a sentence about the text.
const AND_THOSE_OF =
  /^\s*(?:\([^()]{1,20}\))?\s*(?:y|and|et|e|und)\s+(?:los|las|les|those|die|i|os|as|ceux|quelli)\s+(?:de\s+la|de\s+l['’]|del|de|of\s+the|of|der|du|des|della|da|do)\s*(?:[\p{L}\s]{1,80}\(\s*)?$/iu;

function membersAsSubject(analysed: Analysed[]): SigningGroup | undefined {
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    if (!DECLARATION_NOUN.test(text)) continue;
    const groups = sentence.items.filter((i) => groupOf(i) !== undefined);
    const [first] = groups;
    const group = first && groupOf(first);
    // "la Unión Europea (UE) y los de …": the first group's acronym is no second one.
    const second = groups.find((i) => groupOf(i)?.id !== group?.id);
    if (!first || !group || !MEMBERS_BEFORE.test(text.slice(0, first.start))) continue;
    const other =
      second && AND_THOSE_OF.test(text.slice(first.end, second.start))
        ? groupOf(second)
        : undefined;
    if (!second || !other) return { group, item: first, sentence };
    const both: GroupMembers = {
      id: `${group.id}+${other.id}`,
      members: [...group.members, ...other.members],
    };
    return {
      group: both,
      item: { ...first, end: second.end, text: text.slice(first.start, second.end) },
      sentence,
    };
  }
  return undefined;
}

/** The first group whose words before it (at most 160 characters) match `lead`. */
function groupAfter(analysed: Analysed[], lead: RegExp): SigningGroup | undefined {
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = groupOf(item);
      if (group && lead.test(text.slice(Math.max(0, item.start - 160), item.start)))
        return { group, item, sentence };
    }
  }
  return undefined;
}

/**
 * The group right after a signing cue ("We, the Leaders of the G20", "on behalf of ASEAN"), or
 * at the head of the statement's title ("G7 Foreign Ministers' Statement on Iran").
 */
export function signingGroup(analysed: Analysed[], titles: Analysed[]): SigningGroup | undefined {
  for (const sentence of analysed) {
    // A cue whose words up to the group hold no name heads no list of its own.
    const cueEnds = [
      ...sentence.lists.map((l) => l.cueEnd),
      ...FORWARD_CUES.flatMap((cue) =>
        [...sentence.sentence.text.matchAll(cue)].map((m) => m.index + m[0].length),
      ),
    ];
    for (const cueEnd of cueEnds) {
      const item = sentence.items.find((i) => i.start >= cueEnd);
      const between = item && sentence.sentence.text.slice(cueEnd, item.start);
      const group = item && OF_GROUP.test(between ?? '') ? groupOf(item) : undefined;
      // "gemeinsam mit dem Europarat": a body beside the signers signs as itself.
      const beside = TOGETHER_CUE.test(sentence.sentence.text.slice(0, cueEnd));
      // "We note with appreciation the statement delivered by the European Union": another text.
      const other = weSpeakOfOtherText(sentence.sentence.text.slice(0, cueEnd));
      if (group && item && !other && !(group.onlyWhenSpokenFor === true && beside)) {
        return { group, item, sentence };
      }
    }
  }
  // "Unter ihnen waren sämtliche Mitgliedsländer der EU mit Ausnahme Polens", "Fra i firmatari
  // compaiono tutti i membri dell'Ue": all the members of a group among the signers.
  const among = groupAfter(analysed, ALL_MEMBERS_AMONG);
  if (among) return { ...among, among: true };
  // The group's members, bar one or two, the subject of their sentence.
  const aboutText = analysed.some((a) => DECLARATION_NOUN.test(a.sentence.text));
  if (aboutText) {
    for (const sentence of analysed) {
      const text = sentence.sentence.text;
      // "With Trump and Putin due to meet, the member states of the European Union, with the
      // exception of Hungary, restated": the group may open the sentence's main clause.
      const item = sentence.items.find((i) => groupOf(i) !== undefined);
      const group = item && groupOf(item);
      if (!item || !group) continue;
      const lead = text.slice(0, item.start);
      const before = lead.slice(lead.lastIndexOf(',') + 1);
      const rest = text.slice(item.end);
      const exception = EXCEPTION.exec(rest.slice(0, 60));
      const members =
        MEMBERS_BEFORE.test(before) ||
        (ALL_OF_BEFORE.test(before) &&
          /^\s*(?:member|states?|countries|country|nations?)(?![\p{L}])/iu.test(rest));
      const between = rest.slice(0, exception?.index ?? 0);
      if (exception && members && (MEMBERS_AFTER.test(between) || SIGNED_THEN.test(between))) {
        return { group, item, sentence };
      }
    }
  }
  const unnamed = allMembersExcept(analysed);
  if (unnamed) return unnamed;
  const onlyOut = aboutText ? onlyMemberOut(analysed) : undefined;
  if (onlyOut) return onlyOut;
  const subject = membersAsSubject(analysed);
  if (subject) return subject;
  const whereby = groupAfter(analysed, TEXT_WHEREBY);
  if (whereby) return whereby;
  // "the G-8 statement on regional issues that was adopted at the Kyushu-Okinawa Summit": the
  // group's own text, named by it.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = groupOf(item);
      const own =
        ARTICLE_BEFORE.test(text.slice(Math.max(0, item.start - 12), item.start)) &&
        GROUP_TEXT_AFTER.test(text.slice(item.end));
      if (group && own) return { group, item, sentence, ownText: true };
    }
  }
  // "Ungarn boykottiert Erklärung der EU-Staaten", "the statement of the EU member states", "Die
  // EU-Staaten haben eine gemeinsame Erklärung veröffentlicht": the members' own text.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = groupOf(item);
      if (!group) continue;
      const before = text.slice(Math.max(0, item.start - 120), item.start);
      const after = text.slice(item.end);
      const glued = MEMBERS_GLUED.exec(after);
      const ofText =
        (glued ? TEXT_OF.test(before) : TEXT_OF_MEMBERS.test(before)) || RU_TEXT_OF.test(before);
      const subject =
        glued !== null &&
        SUBJECT_ARTICLE.test(text.slice(0, item.start)) &&
        HAVE_AFTER.test(after.slice(glued[0].length)) &&
        DECLARATION_NOUN.test(after.slice(glued[0].length, glued[0].length + 60));
      // "The statement, which 26 EU member states endorsed, calls on Israel": the text the
      // group's members, counted, backed.
      const endorsed =
        glued !== null &&
        TEXT_WHICH.test(before) &&
        ENDORSED_AFTER.test(after.slice(glued[0].length));
      if (ofText || subject || endorsed) return { group, item, sentence };
    }
  }
  // "vom G7-Gipfel … eine gemeinsame Abschlusserklärung", "the G20 summit adopted a declaration".
  for (const [k, sentence] of analysed.entries()) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = item.group;
      const before = text.slice(Math.max(0, item.start - 160), item.start);
      const bracketed = SUMMIT_OF_BRACKETED.test(before);
      const summit =
        SUMMIT_AFTER.test(text.slice(item.end)) || SUMMIT_BEFORE.test(before) || bracketed;
      if (!group || !summit) continue;
      // "the declaration released as the SCO summit drew to a close": before or after; a
      // group's summit its text describes ("… vertice … (Med7), riunitisi …") in the next
      // sentence too ("… una dichiarazione congiunta").
      const next = bracketed ? (analysed[k + 1]?.sentence.text ?? '') : '';
      if (DECLARATION_NOUN.test(text) || DECLARATION_NOUN.test(next))
        return { group, item, sentence, summit: true };
    }
  }
  // "i ministri … che compongono il MED5 hanno sottolineato in una dichiarazione congiunta": the
  // group is the subject of a clause that speaks in a joint text, no state named before it.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    const at = sentence.items.findIndex((i) => i.kind === 'state' || i.group !== undefined);
    const item = sentence.items[at];
    if (!item?.group) continue;
    // "La Alianza Bolivariana … (ALBA-TCP) rechazó mediante un comunicado": past its abbreviation.
    const bracketed = sentence.items[at + 1];
    const abbreviation =
      bracketed?.group === item.group && /^\s*\($/u.test(text.slice(item.end, bracketed.start));
    const next = sentence.items[at + (abbreviation ? 2 : 1)];
    const clause = text
      .slice(item.end, next ? next.start : undefined)
      .replace(/^\s*\([^()]{1,30}\)/u, '');
    if (IN_STATEMENT_AFTER.test(clause)) return { group: item.group, item, sentence };
  }
  // "La Comunidad de Estados Latinoamericanos y Caribeños (Celac) adoptó este viernes, de manera
  // unánime, una declaración conjunta": the group, the sentence's first name, adopts a text.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    const item = sentence.items.find((i) => i.kind === 'state' || i.group !== undefined);
    if (!item?.group) continue;
    const clause = text.slice(item.end).replace(/^\s*\([^()]{1,30}\)/u, '');
    const adopts = ADOPTS_AFTER.exec(clause);
    if (adopts && DECLARATION_NOUN.test(clause.slice(adopts[0].length, adopts[0].length + 60))) {
      return { group: item.group, item, sentence };
    }
  }
  // "Vor dem Gipfel zwischen den USA und Russland haben die Staats- und Regierungschefs der
  // Europäischen Union in einer gemeinsamen Erklärung … bekräftigt": the group's leaders speak in
  // a joint text, whatever the sentence named before them.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const [k, item] of sentence.items.entries()) {
      const group = groupOf(item);
      // "da União Europeia (UE) puseram": past the group's abbreviation in brackets.
      const bracketed = sentence.items[k + 1];
      const abbreviation =
        bracketed !== undefined &&
        groupOf(bracketed) === group &&
        /^\s*\($/u.test(text.slice(item.end, bracketed.start));
      const next = sentence.items[k + (abbreviation ? 2 : 1)];
      const clause = text
        .slice(item.end, next ? next.start : undefined)
        .replace(/^\s*\([^()]{1,30}\)/u, '');
      const german = germanTextMembers(text.slice(0, item.start), clause);
      const leaders =
        german || LEADERS_BEFORE.test(text.slice(Math.max(0, item.start - 80), item.start));
      // "i leader dell'Unione europea hanno diffuso una dichiarazione congiunta".
      const issued = HAVE_AFTER.test(clause) && DECLARATION_NOUN.test(clause.slice(0, 100));
      // "… met in caucus on Friday and afterwards called for …" and then "The statement they
      // issued after the meeting asked for …".
      const theirs = THEIR_STATEMENT_NEXT.test(
        analysed[analysed.indexOf(sentence) + 1]?.sentence.text ?? '',
      );
      // "Zum Abschluß setzten die Vertreter der Donaustaaten ihre Unterschrift unter die …
      // Ministererklärung": German puts the verb of signing before the group's representatives.
      const signedBefore =
        GERMAN_SIGNED_BEFORE.test(text.slice(0, item.start)) &&
        /Unterschrift|[Ee]rklärung|Kommuniqué/u.test(clause.slice(0, 120));
      const inText =
        german ||
        issued ||
        signedBefore ||
        theirs ||
        IN_STATEMENT_AFTER.test(clause) ||
        IN_TEXT_OPENING.test(text.slice(0, item.start));
      if (group && leaders && inText) return { group, item, sentence };
    }
  }
  // "La lecture du communiqué final … Les présidents des cinq pays du Sahel ont constaté": the
  // group's leaders, the subject of a sentence beside the statement it reports; its member states
  // ("Les représentants des 47 États membres du Conseil de l'Europe") under the statement's title
  // too, and then also of a body that signs in its own name.
  const titled = titles.some((t) => DECLARATION_NOUN.test(t.sentence.text));
  for (const [k, sentence] of analysed.entries()) {
    const text = sentence.sentence.text;
    const [item] = sentence.items;
    const beside = [analysed[k - 1], sentence, analysed[k + 1]].some(
      (a) => a !== undefined && DECLARATION_NOUN.test(a.sentence.text),
    );
    // "A continuación el comunicado:" a sentence or two above: the text that follows is it.
    const introduced = [analysed[k - 1], analysed[k - 2]].some(
      (a) => a !== undefined && INTRODUCES_TEXT.test(a.sentence.text),
    );
    if (!item || !(beside || titled || introduced)) continue;
    const before = text.slice(0, item.start);
    // The group's name with its abbreviation in brackets after it, or before it.
    const after = text
      .slice(item.end)
      .replace(/^\s*\([^()]{1,30}\)/u, '')
      .replace(/^\)/u, '');
    const members = MEMBERS_OF.test(before) ? groupOf(item) : undefined;
    if (members) return { group: members, item, sentence };
    if (!item.group || !beside) continue;
    if (COUNTRIES_OF.test(before) && VERB_AFTER.test(after)) {
      return { group: item.group, item, sentence };
    }
    // "What came out instead was a Joint Ministerial Statement … In it, the Arctic nations
    // committed themselves": the group, the subject of what the text says.
    if (IN_IT.test(before) && VERB_AFTER.test(after)) return { group: item.group, item, sentence };
    // "Nel Joint Statement conclusivo i ministri hanno riaffermato … Il G7 ha inoltre
    // condannato": the group, the subject of its stand beside its statement.
    if (
      /^\s*(?:the|il|lo|le|la|el|der|die|das|o|a)?\s*$/iu.test(before) &&
      GROUP_STAND_AFTER.test(after)
    ) {
      return { group: item.group, item, sentence };
    }
    const signing = SIGNING_OPENING.test(before) && DECLARATION_NOUN.test(before);
    if (LEADERS_OF.test(before) && (HAVE_AFTER.test(after) || signing)) {
      return { group: item.group, item, sentence };
    }
    if (COLLEGE_OF.test(before) && VERB_AFTER.test(after)) {
      return { group: item.group, item, sentence };
    }
  }
  // "states had aligned themselves with the position of the European Union": the group whose
  // statement others align with speaks in it.
  for (const sentence of analysed) {
    const text = sentence.sentence.text;
    for (const item of sentence.items) {
      const group = ALIGNED_WITH.test(text.slice(Math.max(0, item.start - 120), item.start))
        ? groupOf(item)
        : undefined;
      if (group) return { group, item, sentence };
    }
  }
  for (const sentence of titles) {
    const [item] = sentence.items;
    if (!item) continue;
    const text = sentence.sentence.text;
    const before = text.slice(0, item.start);
    // "Issued by NATO Heads of State and Government participating in the meeting …": a title
    // line under the statement's own, an organization's members' leaders too.
    const leadersOf = groupOf(item);
    const issuedBy =
      ISSUED_BY_LINE.test(before) &&
      /^\s+(?:heads\s+of\s+state|leaders|(?:foreign\s+)?ministers)/iu.test(text.slice(item.end));
    if (leadersOf && issuedBy) return { group: leadersOf, item, sentence };
    const group = item.group;
    if (!group) continue;
    // "G7 Foreign Ministers' Statement", "Joint E10 Press Stakeout"; not "Cumbre Iberoamericana
    // cierra … con declaración sin consenso pleno", which not all its members signed.
    const heads =
      /^(?:the\s+)?(?:joint\s+)?$/iu.test(before) &&
      DECLARATION_NOUN.test(text.slice(item.end)) &&
      !WITHOUT_CONSENSUS.test(text);
    if (heads || TITLE_OF.test(before)) return { group, item, sentence };
  }
  // "Заявление министров ОДКБ зачитал глава МИД Армении": a sentence that opens with the
  // statement of the group, as a title would.
  for (const sentence of analysed) {
    const item = sentence.items.find((i) => i.kind === 'state' || i.group !== undefined);
    if (item?.group && TITLE_OF.test(sentence.sentence.text.slice(0, item.start))) {
      return { group: item.group, item, sentence };
    }
  }
  // "G7 countries will never accept new borders" over a story that quotes their statement.
  const [headline] = titles;
  const [lead] = headline?.items ?? [];
  const leadGroup = lead?.group;
  if (
    headline &&
    lead &&
    leadGroup &&
    /^\s*(?:the\s+)?$/iu.test(headline.sentence.text.slice(0, lead.start)) &&
    (GROUP_SUBJECT_AFTER.test(headline.sentence.text.slice(lead.end)) ||
      GROUP_VERB_AFTER.test(headline.sentence.text.slice(lead.end))) &&
    analysed.some((a) => DECLARATION_NOUN.test(a.sentence.text))
  ) {
    return { group: leadGroup, item: lead, sentence: headline };
  }
  // "Joint Statement of Nordic-Baltic Foreign Ministers" over "The NB8 condemn …": a statement's
  // first sentence opens with the group that speaks; not "Les BRICS absents de la liste".
  const opening = analysed.find((a) => !titles.includes(a) && a.items.length > 0);
  const [opener] = opening?.items ?? [];
  const stated = titles.some((t) => DECLARATION_NOUN.test(t.sentence.text));
  if (opening && opener?.group && stated) {
    const text = opening.sentence.text;
    const subject =
      /^\s*(?:the\s+|les\s+|la\s+|le\s+|los\s+|las\s+|el\s+|die\s+|der\s+)?$/iu.test(
        text.slice(0, opener.start),
      ) &&
      /^\s+(?:\p{Ll}+)/u.test(text.slice(opener.end)) &&
      !ABSENT_AFTER.test(text.slice(opener.end));
    if (subject) return { group: opener.group, item: opener, sentence: opening };
  }
  return undefined;
}

/**
 * The signatories of a statement that names no state but speaks for a group of
 * import/reference/group-members.yaml: the group's members on `on`, each with the group's name
 * as evidence, and a warning that says so, since a member may have stayed out.
 */
export function groupSignatories(
  found: SigningGroup,
  on: string | null,
  options: { language: TextLanguage; all: Analysed[]; undated?: boolean },
): { signatories: ExtractedSignatory[]; warning: Extraction['warnings'][number] } {
  const evidence = found.sentence.at(found.item.start, found.item.end);
  // Undated, the group is read as it is today (or on the latest day the text names), but not
  // with the members the text says join it.
  const joining =
    on === null || options.undated === true ? joiningMembers(options.all, found.group) : [];
  const former =
    on === null || options.undated === true ? formerMembersNamed(options.all, found.group, on) : [];
  const excepted = [...exceptedOf(found, options.all), ...(found.except ?? [])];
  // "the 10 members of ASEAN", undated: the group when it had as many.
  const count =
    on === null || options.undated === true ? countedMembers(options.all, found.group) : undefined;
  const { members, when } = membersAsCounted(found.group, on, count);
  // Montserrat is a member of CARICOM, but a territory signs in no name of its own.
  const codes = [...members, ...former].filter(
    (code) => !joining.includes(code) && !excepted.includes(code) && signsInOwnName(code),
  );
  const partner = partnerOf(found, options.language);
  const signatories = codes.map((code) => ({ code, name: countryName(code), evidence }));
  if (partner && !codes.includes(partner.code)) signatories.push(partner);
  return {
    signatories,
    warning: {
      message:
        `"${found.item.text}" names no state: read as its ${codes.length} members ` +
        `${when} from import/reference/group-members.yaml` +
        (former.length > 0 ? `, with the former members it names (${former.join(', ')})` : ''),
      evidence,
    },
  };
}

function countedMembers(all: Analysed[], group: GroupMembers): number | undefined {
  for (const a of all) {
    const text = a.sentence.text;
    for (const item of a.items.filter((i) => groupOf(i) === group)) {
      const n = membersCounted(text.slice(0, item.start), text.slice(item.end));
      if (n !== undefined) return n;
    }
  }
  return undefined;
}

// "Mit Ausnahme Ungarns, …": the exception at the head of a sentence.
const EXCEPT_FIRST = new RegExp(`^\\s*${EXCEPTION.source}`, 'iu');

const statesAfter = (a: Analysed, from: number) =>
  a.items
    .filter((i) => i.kind === 'state' && i.start >= from && i.start - from < 60)
    .flatMap((i) => i.mention?.ids ?? []);

/**
 * The states a sentence on the group leaves out of it: right after "except" and the like in the
 * group's own sentence, or at the head of any sentence that names the group ("Mit Ausnahme
 * Ungarns, …, haben alle Staats- und Regierungschefs der EU dem Text zugestimmt").
 */
function exceptedOf(found: SigningGroup, all: Analysed[]): string[] {
  const text = found.sentence.sentence.text;
  const m = EXCEPTION.exec(text.slice(found.item.end, found.item.end + 80));
  const after = m ? statesAfter(found.sentence, found.item.end + m.index + m[0].length) : [];
  const before = all.flatMap((a) => {
    const head = EXCEPT_FIRST.exec(a.sentence.text);
    const names = a.items.some((i) => groupOf(i)?.id === found.group.id);
    return head && names ? statesAfter(a, head[0].length) : [];
  });
  return [...after, ...before];
}

// "с 1 января 2024 года в состав БРИКС войдут Аргентина, Египет…", "were invited to join", "Iran's
// application to become a full member was also accepted".
const JOINS_GROUP =
  /(?<![\p{L}])(?:join(?:s|ed|ing)?|admitted|admission|become\s+a\s+(?:full\s+)?member|accession|accede[sd]?|(?:new|newest)\s+members?|войд[уеё]т|вошл[иа]|вступ\p{L}*|присоедин\p{L}*|нов\p{L}*\s+член\p{L}*|adhési\p{L}*|adhér\p{L}*|rejoin\p{L}*|adhesi[oó]n|adher\p{L}*|ingres\p{L}*|Beitritt\p{L}*|beitreten|beigetreten|aderi\p{L}*|ades[aã]o|entrar\p{L}*)(?![\p{L}])/iu;

// "Mali, Burkina Faso and Niger left the G5 Sahel": a member that has gone.
const LEFT_GROUP =
  /(?<![\p{L}])(?:left|quit|withdr[ae]wn?|withdrawal|pulled\s+out|exit|quitt\p{L}*|retir\p{L}*|sortie|sali[óo]|salida|abandon\p{L}*|вышл\p{L}*|выход\p{L}*|ausgetreten|Austritt|uscit\p{L}*)(?![\p{L}])/iu;

/**
 * Undated, a group is read as it is today, or on the latest day the text names; but former
 * members the text names as its own (the G5 Sahel's "pairs du Mali, du Tchad, du Niger et du
 * Burkina") were members on its day, unless the text says they left.
 */
function formerMembersNamed(all: Analysed[], group: GroupMembers, on: string | null): string[] {
  const then = membersOn(group, on);
  const former = everMembers(group).filter((code) => !then.includes(code));
  // Not as one whom the text speaks to: "a «socios regionales» como México".
  const named = (code: string) => (a: Analysed) =>
    a.items.some(
      (i) =>
        i.kind === 'state' &&
        i.mention?.ids.includes(code) &&
        !OBJECT_LEAD.test(a.sentence.text.slice(Math.max(0, i.start - 80), i.start)),
    );
  return former.filter(
    (code) =>
      all.some(named(code)) && !all.some((a) => named(code)(a) && LEFT_GROUP.test(a.sentence.text)),
  );
}

// "Iran's application to become a full member was also accepted": the group the story is about.
const BECOMES_MEMBER = /(?<![\p{L}])become\s+a\s+(?:full\s+)?member(?!\s+of)(?![\p{L}])/iu;

/** States the text names in a sentence that says they join `group`. */
function joiningMembers(all: Analysed[], group: GroupMembers): string[] {
  return all
    .filter(
      (a) =>
        (a.items.some((i) => i.group === group) || BECOMES_MEMBER.test(a.sentence.text)) &&
        JOINS_GROUP.test(a.sentence.text),
    )
    .flatMap((a) => a.items.flatMap((i) => (i.kind === 'state' ? (i.mention?.ids ?? []) : [])));
}

/**
 * A statement for a group ("on behalf of the ten elected members of the Security Council") that
 * names one or two of its members in other roles (the speaker's mission, a sponsor) is still
 * the whole group's: those states are among its members, not all its signers. A statement on
 * behalf of the European Union is its members' beside the states that align with it.
 */
export function addMembersNamedInPassing(
  found: Signers,
  speaksFor: SigningGroup,
  options: { on: string | null; stayedOut: ReadonlyMap<string, string> },
): void {
  const members = membersOn(speaksFor.group, options.on);
  const named = found.signatories.map((s) => s.code);
  // "On behalf of the European Union. … Montenegro, Serbia … align themselves": the Union's
  // members and the states that align with it.
  const aligned = speaksFor.group.onlyWhenSpokenFor === true && found.groups.length === 0;
  // "firmado por 22 países y por la Unión Europea", then "Argentina, …, Italia, Países Bajos":
  // the Union signs beside members the text lists with other states, not for all of them.
  const beside =
    named.filter((code) => members.includes(code)).length >= 2 &&
    named.some((code) => !members.includes(code));
  if (aligned && beside) return;
  if (!aligned) {
    // "Thailand and Cambodia sign peace declaration at 47th ASEAN Summit": two members' own text
    // at the group's summit.
    if (speaksFor.summit === true || speaksFor.ownText === true) return;
    if (found.groups.length > 0 || named.length > 2 || named.length >= members.length) return;
    if (!named.every((code) => members.includes(code))) return;
  }
  const evidence = speaksFor.sentence.at(speaksFor.item.start, speaksFor.item.end);
  addGroupMembers(found, { group: speaksFor.group, text: speaksFor.item.text, evidence }, options);
}

const LEADER =
  '(?:president|président|presidente|präsident|prime\\s+minister|premier\\s+ministre|primer\\s+ministro|chancellor|chancelier|kanzler)';
// "les cinq Présidents des pays du G5 Sahel et le président français", "… and the President of
// France": one leader beside the group's.
const PARTNER_STATE = new RegExp(
  `^\\s*(?:and|et|y|e|und)\\s+(?:(?:the|le|la|el|der|die|il)\\s+)?${LEADER}\\s+(?:of\\s+the|of|de\\s+la|de\\s+l['’]|de|du|des|del|von|der)\\s*$`,
  'iu',
);
const PARTNER_ADJECTIVE = new RegExp(
  `^\\s*(?:and|et|y|e|und)\\s+(?:(?:the|le|la|el|der|die|il)\\s+)?${LEADER}\\s+(\\p{L}+)(?![\\p{L}])`,
  'iu',
);

function partnerOf(found: SigningGroup, language: TextLanguage): ExtractedSignatory | undefined {
  const { sentence, item } = found;
  const text = sentence.sentence.text;
  const next = sentence.items.find((i) => i.start >= item.end);
  const [code] = next?.kind === 'state' ? (next.mention?.ids ?? []) : [];
  if (next && code && PARTNER_STATE.test(text.slice(item.end, next.start))) {
    return { code, name: countryName(code), evidence: sentence.at(next.start, next.end) };
  }
  const adjective = PARTNER_ADJECTIVE.exec(text.slice(item.end));
  const state = adjective?.[1] && stateOfAdjective(adjective[1], language);
  if (!adjective || !state) return undefined;
  const start = item.end + adjective.index + adjective[0].length - (adjective[1]?.length ?? 0);
  return {
    code: state,
    name: countryName(state),
    evidence: sentence.at(start, item.end + adjective[0].length),
  };
}
