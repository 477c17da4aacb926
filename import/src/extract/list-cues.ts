/**
 * The words around an enumeration of states that tell its role, as data: what may stand
 * between the names of a list, what before or after it says "these signed", and what says
 * "these are addressed, condemned, praised or a place". Patterns use the `iu` flags; `\b` is
 * spelled with look-arounds so that it holds for Cyrillic too.
 */
import { LIST_WORDS } from './cues';
import { ITALIAN_LEAD } from './italian-cues';
import { PORTUGUESE_LEAD } from './portuguese-cues';

const W = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Lower-case words that may stand between the names of a list: formal names, titles, links. */
// "with" links signers only as "together with", which is a cue, not filler.
export const FILLER_WORDS = new Set([
  ...[...LIST_WORDS].filter((w) => w !== 'with' && w !== 'с' && w !== 'avec'),
  ...(
    'kingdom principality grand duchy federation federal united democratic people peoples ' +
    'islamic socialist arab plurinational bolivarian commonwealth sultanate emirates island ' +
    'governments excellency excellence his her he she mr mrs ms dr h.e hon honourable honorable secretary ' +
    'deputy vice first chancellor external international cooperation trade development ' +
    'relations defence defense interior chairman chair chairperson high commissioner envoy ' +
    'special minister-counsellor counsellor chargé charge d’affaires delegate delegates head ' +
    'signed signature name title date for: ' +
    // Particles inside persons' names: "Bingu wa Mutharika", "Assunção dos Anjos", "bin Zayed".
    'wa dos da das di bin bint binti ibn al van ter ' +
    // Honorifics of rulers in an attendance list: "His Majesty King …", "His Highness Sheikh …".
    'majesty majesties highness highnesses king queen emir amir sultan sheikh prince crown ' +
    // "…; and non-UN Member States Cook Islands and Niue": a label inside the list.
    'non-un non-member ' +
    'правительство правительства правительств правительствами королевства королевство федерации ' +
    'министр министра министров министры министрами представителями главами лидерами делам дел иностранных внешних премьер-министр ' +
    'президент президента господин г-н г-жа от имени республика республики ' +
    'заместитель заместителя первый первого председатель председателя премьер обороны ' +
    'генеральный генерального директор директора director directora directeur directrice ' +
    'премьер-министры премьер-министров госсовета делегаций делегации ' +
    'секретари секретарей советов безопасности спецпредставители спецпредставителей старшие должностные лица ' +
    'постоянный постоянного постоянные постоянных постпред постпреда постпреды постпредов ' +
    'канцлер канцлера канцлером федеральный федерального федеральным ' +
    'gouvernement gouvernements ministre ministres affaires étrangères etrangeres royaume ' +
    "état etat d'état d'etat d’état d’etat " +
    'fédération république de la des du aux l d monsieur madame m mme s.e ou leurs ' +
    'gobierno gobiernos ministro ministra ministros relaciones exteriores asuntos reino ' +
    'canciller cancilleres señor señora sr sra de del la el los delegado delegados delegada para ' +
    'delegadas representante représentant représentants délégué délégués déléguée délégation délégations ' +
    'regierung regierungen außenminister aussenminister außenministerin bundesrepublik ' +
    'königreich minister ministerin herr frau von vom der des den dem außenministerinnen ' +
    'ministerinnen vertreter vertreterin vertreterinnen ihre ihrer bzw beziehungsweise aus'
  ).split(' '),
]);

// The labels an EU alignment list sets between its parts, in the Union's languages: "pays
// candidats", "países del proceso de estabilización y asociación y candidatos potenciales",
// "EFTA-Länder und Mitglieder des Europäischen Wirtschaftsraums".
export const ALIGNMENT_LABEL =
  /(?<![\p{L}])(?:(?:les\s+|los\s+|os\s+|die\s+|i\s+)?(?:pays|países|Länder|paesi)\s+(?:candidats|candidatos|candidati|du\s+processus\s+de\s+stabilisation\s+et\s+d['’]association|del\s+proceso\s+de\s+estabilización\s+y\s+asociación|do\s+processo\s+de\s+estabilização\s+e\s+associação|des\s+Stabilisierungs-\s+und\s+Assoziierungsprozesses|del\s+processo\s+di\s+stabilizzazione\s+e\s+associazione|de\s+l['’]AELE|de\s+la\s+AELC|da\s+EFTA|dell['’]EFTA)|(?:Kandidatenländer|EFTA-Länder)|(?:et|y|e|und)\s+(?:candidats|candidatos|candidati)\s+potentiels|(?:candidatos|candidati)\s+potenciales|(?:candidatos|candidati)\s+potenziali|potenzielle\s+Kandidat(?:en|enländer)?|(?:membres?|miembros?|membros?|membri|Mitglieder)\s+(?:de\s+l['’]Espace\s+économique\s+européen|del\s+Espacio\s+Económico\s+Europeo|do\s+Espaço\s+Económico\s+Europeu|dello\s+Spazio\s+economico\s+europeo|des\s+Europäischen\s+Wirtschaftsraums))(?:\s+(?:comprenant|comprendiendo|compreendendo|including))?(?![\p{L}])/giu;

// "Heads of State, Government, and Territories": the heads' kinds run as a list of their own.
const HEADS =
  'heads\\s+of\\s+(?:state|government|delegation)s?(?:\\s*,?\\s*(?:and\\s+)?(?:of\\s+)?(?:state|government|delegation|territor(?:y|ies))s?){0,2}';

// A group's members set out after its name: "the GCC, which brings together A, B and C".
const MEMBERSHIP_LEADS = [
  '(?:which|that|who)\\s+(?:includes?|included|comprises?|comprised|groups?|brings\\s+together|unites)',
  '(?:membership|members)\\s+(?:comprises?|comprised|includes?|included|consists\\s+of)',
  // "It is my honour to speak on behalf of the Informal Group of …. The members of this Group are".
  '(?:the\\s+)?members\\s+of\\s+(?:this|the|our)\\s+(?:Group|Coalition|Alliance)\\s+(?:are|were|include)',
  '(?:que|qui)\\s+(?:incluye|integran|comprend|regroupe|réunit)',
  '(?:в\\s+(?:которую|который|которое)|куда)\\s+входят',
];

/** A lead that ends on one of `MEMBERSHIP_LEADS`: the list is a group's membership. */
const COMPOSED_OF =
  '(?:comprising|composed\\s+of|consisting\\s+of|made\\s+up\\s+of|compuesto\\s+por|integrado\\s+por|composé\\s+de|bestehend\\s+aus|в\\s+составе)';
/** The words that spell out a group by its members: "the Sri Lanka Core Group, comprising". */
export const COMPOSED_LEAD = new RegExp(`${W}${COMPOSED_OF}\\s*$`, 'iu');

export const MEMBERSHIP_LEAD = new RegExp(`${W}(?:${MEMBERSHIP_LEADS.join('|')})\\s*$`, 'iu');

/**
 * A group's members set out in passing, no cue of signing: "El Grupo de Lima nació en agosto de
 * 2017 y lo integran Argentina, …".
 */
// "La Alianza la integran 10 países de la región:": a count of them may come first.
export const SET_OUT_MEMBERS = new RegExp(
  `${W}(?:${MEMBERSHIP_LEADS.join('|')}|(?:lo|la|los|las)\\s+(?:integran|conforman|componen))(?:\\s+[^.;:]{1,40}:)?\\s*$`,
  'iu',
);

// "Estiveram ainda no encontro o presidente da Argentina, …; da Bolívia, …", "Participaram ainda
// da reunião os presidentes …": who was at a meeting.
const AT_MEETING_PT_ES =
  'estiveram(?:\\s+(?:ainda|também))?(?:\\s+presentes|(?:\\s+presentes)?\\s+(?:no|na)\\s+(?:encontro|reunião|cúpula|cimeira))|' +
  'estuvieron(?:\\s+también)?(?:\\s+presentes|(?:\\s+presentes)?\\s+en\\s+(?:la|el)\\s+(?:reunión|cumbre|encuentro))|' +
  // "Participaram na sessão, entre outros, o ministro …".
  'participaram(?:\\s+(?:ainda|também))?\\s+(?:da|na|do|no)\\s+(?:reunião|encontro|cúpula|cimeira|conferência|sessão)(?:\\s*,\\s*entre\\s+outros\\s*,)?|' +
  'participaron(?:\\s+también)?\\s+(?:en\\s+)?(?:la|el)\\s+(?:reunión|cumbre|encuentro|conferencia|sesión)(?:\\s*,\\s*entre\\s+otros\\s*,)?|' +
  '(?:tomaron|tomaram)\\s+parte\\s+(?:en|no|na)\\s+(?:(?:la|el|o|a)\\s+)?(?:reunión|cumbre|encuentro|conferencia|reunião|cúpula|cimeira)';

/** "A joined B and C in calling on …": A acts with them, in a stance the verb names. */
export const JOINED_IN_STANCE =
  '\\s+in\\s+(?:calling|urging|condemning|demanding|warning|expressing|issuing|signing|rejecting|welcoming|denouncing|critici[sz]ing|voicing|appealing|pressing|backing|supporting)(?![\\p{L}])';
/** The verb of "A (has also) joined B and C". */
export const JOINED_VERB = '(?:(?:has|have|had)\\s+)?(?:also\\s+)?joined';
const JOINED_IN = `${JOINED_VERB}(?=\\s+[^.;]{1,80}?${JOINED_IN_STANCE})`;

/** Cues that lead a list of signers right before it ("These are", "Taking part were"). */
export const LEAD_CUES: RegExp[] = [
  '(?:these|they)\\s+(?:are|were|include[ds]?)',
  '(?:namely|à\\s+savoir|a\\s+saber|nämlich|а\\s+именно|nomeadamente|ossia|cioè)',
  'as\\s+follows',
  'the\\s+following\\s+(?:\\d+\\s+|[\\p{L}-]+\\s+)?(?:countries|states|delegations|member\\s+states|participating\\s+states|governments|nations)(?:\\s+(?:have\\s+)?(?:joined|signed|supported|endorsed|co-?sponsored|aligned)[^.:]{0,60})?',
  // "Present at the meeting (referred to below as "the delegates") were Mr. …".
  // "(Attending from the Mekong region countries were: Mr. Sok Siphana, …", "The Heads of
  // Government and Government Representatives present included:".
  // Not "The Heads of State not present at the Summit were …".
  '(?<!(?:not|never)\\s+)(?:taking\\s+part|present|participating|in\\s+attendance|attending)(?:\\s+(?:in|at|from)\\s+(?:it|the\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?))?(?:\\s*\\([^()]{1,80}\\))?\\s+(?:were|included)',
  // "los países que respaldaban el texto: Antigua y Barbuda, …", "the countries that signed the
  // letter:".
  "(?:countries|states|governments|países|Estados|gobiernos|pays|États|gouvernements)\\s+(?:that|which|que|qui)\\s+(?:have\\s+|ont\\s+)?(?:signed|backed|endorsed|supported|joined|respaldaban|respaldaron|firmaron|suscribieron|apoyaban|apoyaron|signé|soutenu|approuvé)\\s+(?:the|el|la|le|l['’])\\s*(?:\\p{L}+\\s+)?(?:statement|text|letter|declaration|texto|documento|declaración|comunicado|carta|texte|déclaration|lettre|communiqué)\\s*:",
  // "with Heads of State and Government in attendance from the Cook Islands, …".
  '(?:in\\s+attendance|present|attending|taking\\s+part)\\s+from',
  // "Leaders and representatives of 19 countries and regions took part: Japan, …".
  // "… and/or their representatives took part in Summit:", the communiqué's defined term.
  '(?:took\\s+part|participated|attended)(?:\\s+(?:in|at)\\s+(?:it|(?:the\\s+)?\\p{L}+))?\\s*:',
  // "Zu den Staaten, die das Papier mittragen, zählen neben Deutschland, …", "Unterschrieben
  // haben neben Deutschland auch Belgien, …": German, the verb before its subjects.
  'zu\\s+den\\s+(?:Staaten|Ländern|Unterzeichnern|Unterzeichnerstaaten)(?:\\s*,\\s*die\\s+[^,.;:]{1,80}?,)?\\s+(?:zählen|zählten|gehören|gehörten)(?:\\s+(?:neben|unter\\s+anderem|auch|etwa|u\\.\\s?a\\.))*',
  '(?:unterschrieben|unterzeichnet|mitgezeichnet|mitgetragen)\\s+(?:haben|hatten|hat)(?:\\s+(?:ihn|sie|es|das\\s+\\p{L}+|den\\s+\\p{L}+|die\\s+\\p{L}+))?(?:\\s+neben\\s+[^,.;:]{1,40}?)?(?:\\s+(?:unter\\s+anderem|auch|außerdem|zudem|ebenfalls))*',
  // A resolution's roll call: "18 in favor: Argentina, The Bahamas, …".
  '(?:\\d{1,3}\\s+(?:votes?\\s+)?|(?:voted|votaron|ont\\s+voté|votaram|votarono|stimmten)\\s+)(?:in\\s+favou?r|a\\s+favor|en\\s+faveur|pour|a\\s+favore|dafür)\\s*:',
  // "Entre quienes respaldaron el texto figuran Canadá, Chile, …": some of those who signed.
  '(?:among\\s+(?:those|the\\s+countries|the\\s+states)\\s+(?:who|that|which)\\s+(?:signed|backed|endorsed|supported|joined)|entre\\s+(?:quienes|los\\s+que|los\\s+países\\s+que|los\\s+Estados\\s+que)\\s+(?:respaldaron|firmaron|suscribieron|apoyaron|se\\s+sumaron\\s+a)|parmi\\s+(?:ceux|les\\s+pays|les\\s+États)\\s+qui\\s+ont\\s+(?:signé|soutenu|approuvé|rejoint)|entre\\s+(?:os\\s+que|os\\s+países\\s+que|quem)\\s+(?:assinaram|apoiaram|subscreveram)|tra\\s+(?:quelli|i\\s+paesi|gli\\s+Stati)\\s+che\\s+hanno\\s+(?:firmato|sottoscritto|sostenuto))\\s+[^.;:]{0,40}?(?<![\\p{L}])(?:were|are|include|figuran|están|se\\s+encuentran|figurent|sont|estão|figuram|figurano|ci\\s+sono)',
  // "Dix-neuf autres donateurs se joignent à eux : l'Allemagne, …": more who join the signers.
  '(?:other|autres|otros|otras|outros|outras|altri|weitere)\\s+(?:donors|donateurs|donantes|doadores|donatori|Geber|countries|states|partners|governments|pays|États|partenaires|gouvernements|países|Estados|socios|gobiernos|parceiros|governos|paesi|Stati|partner|governi|Länder|Staaten|Partner|Regierungen)\\s+(?:(?:also\\s+)?join(?:ed)?\\s+(?:them|this\\s+(?:call|statement))|se\\s+joignent\\s+à\\s+(?:eux|elles|cet\\s+appel)|se\\s+(?:suman|sumaron|unen|unieron)(?:\\s+a\\s+(?:ellos|este\\s+llamamiento))?|juntam-se\\s+a\\s+eles|si\\s+uniscono(?:\\s+a\\s+loro)?|schließen\\s+sich\\s+(?:ihnen|dem\\s+Aufruf)\\s+an)\\s*:',
  // "les pays ayant participé à cette importante conférence sont la Zambie, …".
  '(?:les\\s+(?:pays|États|délégations)|los\\s+(?:países|Estados)|os\\s+países)\\s+(?:ayant\\s+(?:participé|pris\\s+part)|que\\s+(?:participaron|asistieron)|que\\s+participaram)\\s+[^.;:]{0,60}?(?<![\\p{L}])(?:sont|étaient|son|fueron|eran|são|foram)',
  // "The other Members of the Conference who attended were: Prime Minister of …".
  '(?:who|that|which)\\s+(?:attended|took\\s+part|participated)(?:\\s+(?:in|at)\\s+(?:it|the\\s+\\p{L}+))?\\s+were',
  // "All of the leaders at the meeting signed the declaration: President of Poland …".
  '(?:signed|adopted|endorsed|joined|firmaron|signé|unterzeichneten|подписали)\\s+(?:the|this|their|la|le|die|эту)\\s+(?:joint\\s+)?(?:declaration|statement|communiqu[eé]|letter|declaración|déclaration|Erklärung|декларацию|заявление)\\s*:',
  AT_MEETING_PT_ES,
  '(?:participants|attendees|members|signatories|co-?sponsors|co-?signatories)(?:\\s+(?:to|of|in)\\s+the\\s+\\p{L}+)?\\s+(?:were|included|are|include)',
  'attended\\s+by',
  // "took place in İstanbul … with the attendance of H.E. Mr. …, Minister of Foreign Affairs of
  // the Republic of Armenia, …".
  '(?:with\\s+the\\s+(?:attendance|participation)\\s+of|con\\s+la\\s+(?:participación|asistencia)\\s+de|avec\\s+la\\s+participation\\s+d(?:e|u|es))',
  // "The delegations associating with this statement are A, B and C".
  '(?:delegations|countries|states|governments)\\s+(?:(?:that|which|who)\\s+)?(?:associat(?:ing|e)|align(?:ing)?|join(?:ing)?|support(?:ing)?|endors(?:ing|e))\\s+(?:themselves\\s+)?(?:with\\s+)?(?:this|the)\\s+(?:joint\\s+)?statement\\s+(?:are|were|include)',
  // "participating states had aligned themselves with the position of the European Union: A, B".
  '(?:delegations|countries|states|governments)\\s+(?:have\\s+|had\\s+)?aligned\\s+themselves\\s+with\\s+[^.;:]{1,80}:',
  // "The summit brought together the members of …: A, B and C, along with partner nations such as D".
  // "a rassemblé le 16 mai 2024, à Pointe aux Piments (Maurice), les ministres …": a day and a
  // place first.
  '(?:brought\\s+together|(?:a\\s+)?(?:réuni|rassemblé)|reunió|reuniu|versammelte|собрал[аио]?)(?:\\s+(?:le|ce|on|el|em|am)\\s+[^,.;:]{1,30},)?(?:\\s+(?:à|au|en|in|a|na|no|em)\\s+[^,.;:()]{1,40}?(?:\\s*\\([^()]{1,30}\\))?,)?',
  '(?:along|together)\\s+with\\s+(?:(?:its|their|the)\\s+)?(?:(?:partner|other|dialogue)\\s+)?(?:nations|countries|states|partners)(?:\\s+such\\s+as|\\s+including)?',
  // "presided over the meeting in the presence of their Majesties and Highnesses:" and a list.
  '(?:in\\s+the\\s+presence\\s+of\\s+(?:their|the\\s+following)|en\\s+présence\\s+de\\s+(?:leurs|des\\s+\\p{L}+\\s+suivants)|en\\s+presencia\\s+de\\s+(?:sus|los\\s+siguientes)|im\\s+Beisein\\s+(?:ihrer|der\\s+folgenden)|в\\s+присутствии)',
  // "Ambassadors and Special Envoys to Libya of the EU, France, …": who they are sent to between.
  '(?:foreign\\s+)?(?:representatives|delegations|governments|leaders|ministers|ministries|missions|permanent\\s+missions|ambassadors|(?:special\\s+)?envoys|presidents|' +
    HEADS +
    ')(?:\\s+to\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+)?\\s+of',
  // "Foreign ministers from A, B and C have signed": office-holders from states are signers.
  '(?:(?:foreign|defence|defense|finance|prime)\\s+)?(?:ministers|representatives|delegates|delegations|leaders|ambassadors|' +
    HEADS +
    ')(?:\\s+and\\s+(?:senior\\s+)?(?:officials|representatives|delegates))?\\s+from',
  // "Joint statement of A, B and C", "Declaración conjunta de", "Gemeinsame Erklärung von".
  '(?:joint\\s+)?(?:statement|declaration|communiqu[eé]|communication|letter)\\s+(?:of|by|from)',
  // A heading: "Joint Statement on Working Methods by 10 elected members A, B, … & C".
  '(?:statement|declaration|communiqu[eé]|letter)\\s+(?:on\\s+[^.:;\\n]{1,100}?\\s+)?(?:of|by|from)\\s+(?:the\\s+)?\\d{1,3}\\s+(?:[\\p{L}-]+\\s+){0,2}(?:members|countries|states|nations|delegations|governments)',
  '(?:declaraci[oó]n|comunicado)(?:\\s+conjunt[oa])?\\s+(?:de|del)',
  "(?:déclaration|communiqué)(?:\\s+(?:conjointe?|commune?))?\\s+d(?:e|u|es|[’'])",
  '(?:gemeinsame[nm]?\\s+)?(?:Erklärung|Stellungnahme|Aufruf|Appell|Brief|Schreiben)\\s+(?:von|der|des)',
  '(?:совместн\\p{L}+\\s+)?(?:заявлени\\p{L}*|коммюнике|деклараци\\p{L}*)',
  // "The Sri Lanka Core Group, comprising A, B …": a group named by its members.
  COMPOSED_OF,
  // UN meeting coverage: "Representative of Sierra Leone, also speaking for Algeria, …"; a group
  // one speaker also speaks for is not read as the text's signers.
  '(?:also\\s+speaking|speaking\\s+also)\\s+for',
  // "The seven countries behind Monday's statement, which also include A, B": its signers.
  "(?:countries|states|nations|governments|signatories)\\s+(?:behind|that\\s+(?:signed|issued|backed|joined)|which\\s+(?:signed|issued|backed|joined))\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:joint\\s+)?(?:statement|declaration|letter|communiqu[eé])\\s*,?\\s*(?:(?:which|who)\\s+)?(?:also\\s+)?(?:include|included|are|were)",
  // "Los países firmantes son", "les signataires sont".
  '(?:países\\s+|gobiernos\\s+)?firmantes\\s+(?:son|fueron)',
  '(?:les\\s+)?(?:pays\\s+|États\\s+)?signataires\\s+(?:sont|étaient)',
  // "cuenta con el aval de", "conta com o apoio de": the text's endorsers.
  '(?:cuenta|contó|conta|contou)\\s+co[nm]\\s+(?:el|o)\\s+(?:aval|respaldo|apoio|apoyo|endoso)\\s+de',
  // "Entre los firmantes del texto están", "Parmi les signataires figurent": some of them.
  '(?:entre\\s+los\\s+firmantes|entre\\s+os\\s+signatários|parmi\\s+les\\s+signataires|among\\s+the\\s+signatories)(?:\\s+(?:del|de\\s+la|do|da|du|de|of\\s+the)\\s+(?:texto|documento|declaración|declaração|déclaration|texte|statement|document))?\\s+(?:están|figuran|se\\s+encuentran|estão|figuram|figurent|sont|are|were|include)',
  '(?:ont\\s+pris\\s+part|ont\\s+participé|participaron|asistieron|nahmen\\s+teil|beteiligten\\s+sich|участвовали|приняли\\s+участие|участие\\s+(?:в\\s+\\p{L}+\\s+)?приняли)',
  // A meeting record's field: "Paises / Entidades Participantes: Belice, El Salvador, …".
  '(?:pa[ií]ses|Estados)(?:\\s*/\\s*entidades)?\\s+participantes\\s*:|participating\\s+(?:countries|states)\\s*:|pays\\s+participants\\s*:|países\\s+participantes\\s*:',
  // "Les pays représentés à ce sommet étaient : A, B", "States represented at the meeting were".
  '(?:represented|représentée?s?|representados|vertreten)\\s+(?:at|à|au|en|in|bei|beim)\\s+[^:.;]{1,40}?\\s+(?:were|are|étaient|sont|fueron|son|waren|sind)\\s*:?',
  '(?:representing|представляющ\\p{L}*|représentant|representando)',
  // A group named by its members: "The Group's member countries,", "В состав объединения входят".
  'member\\s+(?:countries|states|nations)(?:\\s+(?:are|were|include))?',
  ...MEMBERSHIP_LEADS,
  'в\\s+(?:его\\s+|ее\\s+|её\\s+|их\\s+)?состав\\p{L}*(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:вход\\p{L}*|включ\\p{L}*)',
  '(?:sus\\s+)?(?:miembros|integrantes)\\s+(?:son|eran)',
  '(?:ses\\s+)?membres\\s+(?:sont|étaient)',
  // A heading of signers over the list: "Co-signatures:", "Signatories:".
  '(?:co-?)?(?:signatures|signatories|signatory\\s+(?:states|countries)|sponsors|endorsements|endorsers|(?:new\\s+)?supporters|new\\s+participants|signataires|firmantes|signatarios|подписавшие|Unterzeichner(?:staaten)?)\\s*:',
  '(?:утвержден|одобрен|принят|подписан|поддержан)[аоы]?',
  '(?:в\\s+(?:нём|нем|заседании|встрече|мероприятии)\\s+)?(?:приняли|принимали)\\s+участие',
  '(?:правительства|правительствами|министры|министров|представители|представителей|лидеры|главы|руководители)',
  // "участвовали руководители внешнеполитических ведомств Узбекистана – Камилов, Китая – …".
  '(?:руководител|глав)\\p{L}*\\s+(?:внешнеполитических\\s+ведомств|дипломатических\\s+ведомств|МИД|министерств\\s+иностранных\\s+дел)',
  // "из совместного заявления министерств иностранных дел РФ и КНР": the ministries that issued it.
  '(?:министерства|министерств|министерствами)\\s+иностранных\\s+дел',
  '(?:заявлени\\p{L}*|коммюнике|деклараци\\p{L}*)\\s+МИД',
  "(?:les|des)\\s+(?:gouvernements|ministres|représentants|ambassadeurs|chefs\\s+d[’']État|pays\\s+suivants)",
  'les\\s+pays\\s+suivants',
  'au\\s+nom\\s+des\\s+pays\\s+suivants',
  '(?:los|las)\\s+(?:gobiernos|países\\s+siguientes|siguientes\\s+(?:países|Estados(?:\\s+miembros)?|gobiernos|delegaciones)|delegaciones)',
  '(?:los|las)\\s+(?:presidentes|presidentas|jefes\\s+de\\s+(?:Estado(?:\\s+y\\s+de\\s+Gobierno)?|Gobierno)|cancilleres|(?:primer[oa]s\\s+)?ministr[oa]s|representantes)(?:\\s+de\\s+(?:Relaciones|Asuntos)\\s+Exteriores)?\\s+de',
  "les\\s+(?:présidents|premiers\\s+ministres|chefs\\s+d[’']État(?:\\s+et\\s+de\\s+gouvernement)?|chefs\\s+de\\s+gouvernement)\\s+d(?:e|u|es|[’'])",
  '(?:junto|conjuntamente)\\s+(?:a|con)',
  // "las de sus homólogos de Perú, Martín Vizcarra; Bolivia, …": the host's counterparts.
  '(?:sus|ses|seus|suas|their|his|her|i\\s+suoi|seine|ihre)\\s+(?:homólogos|homologues|counterparts|omologhi|Amtskollegen|colegas|collègues|colleagues|colleghi|Kollegen)\\s+(?:de|of|from|du|des|da|do|dos|das|di|dei|aus|del|de\\s+la|della)',
  '(?:die|der|den)\\s+(?:Regierungen|Außenminister(?:innen)?|Aussenminister|Chefdiplomat(?:en|innen)|Staats-\\s+und\\s+Regierungschefs|(?:Regierungs|Staats)chefs|Präsidenten|Vertreter(?:innen)?|folgenden\\s+(?:Staaten|Länder))',
  'folgende\\s+(?:Staaten|Länder)',
  ...PORTUGUESE_LEAD,
  ...ITALIAN_LEAD,
].map((cue) => new RegExp(`${W}${cue}${E}`, 'giu'));

/**
 * Nouns for signers: a list right after them, a few words on, is theirs ("Among the signatories
 * are"); not "die übrigen Nicht-Unterzeichner", "the non-signatories".
 */
export const SIGNER_NOUN = new RegExp(
  `${W}(?<!(?:Nicht|non|no|non)[-\\s])(?:(?:co-?)?signatories|signatures?|endorsers|endorsing\\s+(?:states|countries)|signatory\\s+(?:states|countries)|co-?sponsors|signataires|signatures|firmantes|signatarios|signatári[oa]s|firmatari|firmas|подписавш\\p{L}*|подпис(?:и|ями)|Unterzeichner\\p{L}*|Unterschrift\\p{L}*)${E}`,
  'iu',
);

/** "A, B and C jointly called …": a list acting together. */
export const JOINTLY_AFTER = new RegExp(
  `^[\\s,]*(?:(?:have|has|had|also|today|и|также)\\s+)*(?:jointly|together|совместно|вместе|conjointement|ensemble|conjuntamente|juntos|gemeinsam)\\s+\\p{L}+`,
  'iu',
);

/** An office-holder of a state, as in a list of participants: "the Minister of Foreign Affairs of". */
export const OFFICE_LEAD = new RegExp(
  `${W}(?:(?:prime|foreign|deputy|vice)\\s+)?(?:minister|president|secretary|chancellor|ambassador|representative|premier|king|emir|sultan|ministre|président|ministro|presidente|canciller|Außenminister|Präsident|министр|президент)(?:\\s+(?:of|for|de|des|du|для)\\s+(?:the\\s+)?(?:foreign|external)\\s+(?:affairs|relations)|\\s+(?:des\\s+)?affaires\\s+étrangères|\\s+de\\s+relaciones\\s+exteriores|\\s+иностранных\\s+дел)?\\s+(?:of|de|du|des|del|von|des)${E}` +
    // "Mr. Sok Siphana, Advisor to the Royal Government of Cambodia".
    `|${W}(?:advis[eo]r|envoy|representative|delegate)\\s+(?:to|of)\\s+the\\s+(?:(?:Royal|Federal|National)\\s+)?Government\\s+of${E}` +
    // "Президент Республики Казахстан К.К. Токаев": the Russian office, the state in the genitive.
    `|${W}(?:президент|председател[ья]|премьер-министр|корол[ья]|эмир|султан|министр\\s+иностранных\\s+дел)${E}`,
  'iu',
);

/** Guests of a meeting, not its members: "Au titre des invités spéciaux", "was also attended by". */
export const GUESTS = new RegExp(
  `${W}(?:(?:special\\s+)?guests?|(?:was|were)\\s+(?:also|further|likewise|equally)\\s+(?:attended\\s+by|present)|further\\s+attended\\s+by|likewise\\s+present|so\\s+too\\s+were|also\\s+present\\s+were|also\\s+(?:in\\s+attendance|took\\s+part|participated)|ont\\s+également\\s+(?:participé|assisté)|también\\s+(?:asistieron|participaron)|(?:nahmen|waren)\\s+auch|также\\s+(?:приняли\\s+участие|присутствовали|участвовали)|associate\\s+members?|membres?\\s+associés?|miembros?\\s+asociados?|invités?|invitados?|convidad[oa]s|invitati|ospiti|convié(?:e|s|es)?\\s+à\\s+leurs\\s+travaux|invited\\s+to\\s+(?:their|the)\\s+(?:talks|proceedings|work|deliberations)|(?:segunda\\s+parte|segundo\\s+segmento|second\\s+(?:segment|session|part)|outreach\\s+(?:session|segment)|deuxième\\s+(?:partie|segment|séance)|segunda\\s+sesión)|Gäste|гост\\p{L}*|observers?|observateurs?|observadores?|наблюдател\\p{L}*|Beobachter)${E}`,
  'iu',
);

/** Who attended a meeting: its members, but also its guests. */
export const ATTENDANCE = new RegExp(
  `${W}(?:taking\\s+part|took\\s+part|joining\\s+the\\s+(?:meeting|talks|summit)|present|participating|in\\s+attendance|attended|participants|ont\\s+pris\\s+part|ont\\s+participé|participaron|asistieron|nahmen\\s+teil|приняли\\s+участие|участвовали|participaram|${AT_MEETING_PT_ES}|tomaram\\s+parte|tomaron\\s+parte|prirent\\s+part|hanno\\s+partecipato|hanno\\s+preso\\s+parte|erano\\s+presenti)${E}`,
  'iu',
);

/** "together with", "aux côtés de", "junto a", "вместе с", …: one party acting beside others. */
export const TOGETHER_WITH = `(?:together|along|jointly)\\s+with|alongside|in\\s+company\\s+with|(?:вместе|совместно)\\s+с|(?:conjointement\\s+)?avec|aux\\s+côtés\\s+d(?:e|u|es|['’])|junto\\s+(?:a|con|com)|en\\s+compañía\\s+de|acompañad[oa]\\s+(?:de|por)|ao\\s+lado\\s+d[eoa]s?|insieme\\s+(?:a|ad|con)|gemeinsam\\s+mit|zusammen\\s+mit`;

/**
 * "Belarus, together with 19 countries, …", "The UK has agreed with six other NATO member states":
 * the state that leads the others a count stands for.
 */
export const LEADS_COUNT = new RegExp(
  `^[\\s,]*(?:${TOGETHER_WITH}|(?:has|have|had)\\s+agreed\\s+with)\\s+(?:otros\\s+|otras\\s+|outros\\s+|altri\\s+)?(?:\\d{1,3}|[\\p{L}-]+)\\s+(?:other\\s+|другими\\s+|autres\\s+|otros\\s+|anderen\\s+|weiteren\\s+)?(?:(?:NATO|EU|G7|G20|OSCE|ASEAN|AU)\\s+(?:member\\s+)?)?(?:countries|states|nations|partners|государствами|странами|pays|États|países|Estados|paesi|Stati|Ländern|Staaten)${E}`,
  'iu',
);

/**
 * Right after a state, maybe its leader's name between: it leads the others of a list that
 * follows ("the President of Micronesia, Manny Mori, together with the other Heads of State from",
 * "The representative of Portugal, also speaking for Argentina, …", "Hongrie, s'exprimant également
 * au nom de l'Albanie, …", "Britain joined France and
 * Germany in urging").
 */
export const LEADS_OTHERS = new RegExp(
  // No two runs of spaces can take the same spaces: a long blank run costs one pass, not a square.
  `^\\s*(?:,\\s*)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}(?:\\p{Lu}[\\p{L}'’.-]*\\s*)?(?:,\\s*)?(?:(?:together|along)\\s+with\\s+(?:the|their|his|her)\\s+(?:\\d{1,3}\\s+)?other\\s+(?:[Hh]eads|[Ll]eaders|(?:[Ff]oreign\\s+|[Pp]rime\\s+)?[Mm]inisters|[Pp]residents|[Dd]elegations|[Rr]epresentatives|[Mm]embers)|(?:also\\s+speaking|speaking\\s+also)\\s+(?:for|on\\s+behalf\\s+of)|s['’]exprimant\\s+(?:également|aussi)\\s+au\\s+nom|(?:hablando|interviniendo)\\s+también\\s+en\\s+nombre|auch\\s+im\\s+Namen|${JOINED_IN})${E}`,
  'u',
);

/** Right before a state: one more signer beside a list ("…, along with a delegate from France"). */
// "…, junto con el jefe de Estado de México": one more office-holder in es and fr too.
export const ALONG_WITH = new RegExp(
  `(?:${W}(?:along|together)\\s+with\\s+(?:an?\\s+|the\\s+|one\\s+)?(?:delegates?|delegations?|representatives?|ministers?|ambassadors?|heads?\\s+of\\s+(?:state|government)|presidents?|prime\\s+ministers?|foreign\\s+ministers?)\\s+(?:from|of)\\s+(?:the\\s+)?|${W}junto\\s+(?:con|a)\\s+(?:el|la|los|las)\\s+(?:jef[ea]s?\\s+de\\s+(?:Estado|Gobierno)|president[ea]s?|cancilleres|canciller|primer[oa]?\\s+ministr[oa]|ministr[oa]s?|representantes?|delegaci[oó]n|delegaciones)\\s+(?:de|del)\\s+|${W}(?:avec|aux\\s+côtés\\s+d[eu])\\s+(?:le\\s+|la\\s+|les\\s+)?(?:chefs?\\s+d['’]État|président(?:e|s)?|premier\\s+ministre|ministres?|représentants?|délégations?)\\s+(?:de\\s+la\\s+|de\\s+l['’]|de|du|des)\\s*)$`,
  'iu',
);

const COUNTED = '(?:\\d{1,3}|[\\p{L}-]+)';

/**
 * Right after a state: it is one of a counted group that signed ("Cyprus is one of 50 countries
 * that issued", "est l'un des 50 pays qui ont signé", "es uno de los 40 países que firmaron",
 * "ist eines von 40 Ländern, die … unterzeichnet haben", "стал одной из 40 стран, подписавших").
 */
export const ONE_OF_COUNT = new RegExp(
  `^[\\s,]*(?:${[
    `(?:is|was|has\\s+been|became|were)\\s+(?:also\\s+)?(?:one\\s+of|among)\\s+(?:the\\s+)?${COUNTED}\\s+(?:other\\s+)?(?:countries|states|nations|governments|signatories|co-?sponsors|member\\s+states)\\s+(?:that|which|who|to)(?:\\s*,[^,.;]{1,60},)?\\s+(?:have\\s+|had\\s+|jointly\\s+)?(?:issued|signed|joined|endorsed|supported|co-?sponsored|adopted|backed|delivered|released|put\\s+out|put\\s+their\\s+names\\s+(?:to|on)|sign|join|endorse|support|issue|adopt)`,
    // "Australia, Canada and Italy were also among those who signed": the signers, uncounted.
    `(?:is|was|were|are)\\s+(?:also\\s+)?among\\s+those\\s+(?:who|that)\\s+(?:have\\s+)?(?:signed|endorsed|joined|co-?sponsored|put\\s+their\\s+names\\s+(?:to|on))(?![\\p{L}])`,
    `(?:est|était|a\\s+été|fait\\s+partie|figure|compte)\\s+(?:l['’]une?\\s+des|parmi\\s+les|des)\\s+${COUNTED}\\s+(?:autres\\s+)?(?:pays|États|gouvernements|signataires|coparrains)\\s+(?:qui\\s+(?:ont|avaient)\\s+(?:signé|adopté|soutenu|appuyé|rejoint|approuvé|publié|endossé|coparrainé)|signataires|ayant\\s+signé)`,
    `(?:es|fue|era|ha\\s+sido|forma\\s+parte|está|figura)\\s+(?:un[oa]\\s+de|entre|de)\\s+(?:los|las)\\s+${COUNTED}\\s+(?:otros\\s+)?(?:países|Estados|gobiernos|firmantes|copatrocinadores)\\s+(?:que\\s+(?:han\\s+|habían\\s+)?(?:firmaron|firmado|suscribieron|suscrito|adoptaron|adoptado|respaldaron|respaldado|apoyaron|apoyado|emitieron|emitido|se\\s+sumaron|se\\s+han\\s+sumado)|firmantes)`,
    `(?:ist|war|gehört|gehörte|zählt|zählte)\\s+(?:eine[rs]?\\s+(?:von|der)|zu\\s+den)\\s+${COUNTED}\\s+(?:anderen\\s+)?(?:Ländern|Länder|Staaten|Regierungen|Unterzeichner\\p{L}*)\\s*,?\\s+(?:die|welche)\\s+[^.;]{0,80}?(?:unterzeichnet|unterstützt|verabschiedet|angeschlossen|mitgetragen|mitgezeichnet|veröffentlicht)`,
    `(?:(?:стал[аио]?|является|был[аио]?|вош[её]л|вошла|вошло)\\s+)?(?:одн(?:ой|им)\\s+из|в\\s+числ[еоу]|среди)\\s+${COUNTED}\\s+(?:других\\s+)?(?:стран|государств|подписант\\p{L}*)\\s*,?\\s+(?:подписавш\\p{L}*|поддержавш\\p{L}*|присоединивш\\p{L}*|принявш\\p{L}*|которые\\s+(?:подписали|поддержали|присоединились|приняли))`,
    // "Norway and 43 other WTO members … came together in a Ministerial Statement", "Österreich
    // und sieben weitere Mitgliedstaaten … ein gemeinsames Schreiben".
    `(?:and|as\\s+well\\s+as|et|ainsi\\s+que|y|así\\s+como|e|und|sowie)\\s+${COUNTED}\\s+(?:other|autres|otros|outros|altri|weitere|andere)\\s+(?:[\\p{Lu}][\\p{L}]*(?:\\s+|-))?(?:countries|states|nations|members|governments|pays|États|membres|países|Estados|miembros|membros|paesi|Stati|membri|Länder|Staaten|Mitglieder|Mitglied(?:s)?(?:staaten|länder))(?=[^.;\\n]{0,100}?(?:statement|declaration|communiqu|letter|déclaration|declaración|declaração|dichiarazione|Erklärung|sign|adopt|endors|issu|joined|agreed|pledged|vowed|reaffirm|promis|promett|réaffirm|redis|clament|firm|unterzeichn|Brief|Schreiben|Appell|Aufruf|appeal|appel|llamamiento|apelo|appello|jointly|gemeinsam|conjointement|conjuntamente|congiuntamente))`,
  ].join('|')})${E}`,
  'iu',
);

/** Words before a list that make it the sponsors of a meeting, not the signers of a statement. */
export const MEETING_SPONSORS = new RegExp(
  `${W}(?:meeting|event|side[-\\s]event|session|briefing|conference|debate|Arria[-\\s]formula|webinar|panel|réunion|reunión|sesión|séance|встреч\\p{L}*|заседани\\p{L}*|мероприяти\\p{L}*|Sitzung|Treffen|Veranstaltung)${E}[^.;:]{0,40}?${W}(?:(?:was|were|is|has\\s+been)\\s+)?(?:[^.;:]{0,80}?${W})?(?:initiated|co-?sponsored|sponsored|organi[sz]ed|hosted|co-?hosted|convened|co-?chaired|chaired|requested|organisée?|organizad[oa]|convocad[oa]|организован\\p{L}*|созван\\p{L}*)\\s+(?:also\\s+|jointly\\s+)?by${E}`,
  'iu',
);

// Who a state sent: "Vanuatu sent its Deputy Prime Minister, and Australia its Deputy Leader".
const SENT_OFFICE = String.raw`(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:Prime\s+Minister|President|Minister|Leader|Ambassador|High\s+Commissioner|Speaker|Chancellor|Secretary|envoy|representative|delegation)`;
/** Participants a sentence, in a communiqué: "The Bahamas was represented by …", "A y B estuvieron representados". */
export const REPRESENTED = new RegExp(
  `^[\\s,]*(?:(?:was|were)\\s+(?:(?:each|both|also|all)\\s+)?(?:represented\\s+(?:by|at)|in\\s+the\\s+chair)|(?:(?:took\\s+part|participated|attended)\\s+)?at\\s+(?!(?:every|all|each|any)\\s)(?:[\\p{L}-]+\\s+){0,2}?level|sent\\s+(?:its|their)\\s+(?:[\\p{L}-]+\\s+){1,5}to\\s+represent\\s+(?:it|them)|sent\\s+${SENT_OFFICE}|(?:estuvo|fue|estuvieron|fueron)\\s+representad[oa]s?|(?:était|a\\s+été|étaient|ont\\s+été)\\s+représentée?s?|был[аио]?\\s+представлен[аоы]?|(?:war|waren)\\s+(?:durch|vertreten))${E}`,
  'iu',
);

/**
 * Right after a list: its states sent envoys to the meeting ("Chile y Colombia enviaron
 * delegaciones", "ont dépêché des représentants"). They attended; whether as members or guests,
 * the rest of the text says.
 */
export const SENT_ENVOYS = new RegExp(
  `^[\\s,–—-]*(?:(?:ont|a)\\s+(?:dépêché|envoyé|délégué)\\s+(?:des|un|une|leurs?|ses)\\s+(?:représentants?|émissaires?|délégués?|délégations?)|(?:sent|dispatched)\\s+(?:representatives|envoys|delegations|delegates)|(?:enviaron|enviaram)\\s+(?:representantes|delegados|delegaciones|delegações))${E}`,
  'iu',
);

/** Right before a list: the rest of a group's members ("Les pays restants, …"). */
export const REMAINING_LEAD = new RegExp(
  `${W}(?:the\\s+(?:remaining|other)\\s+(?:members|countries|states)|les\\s+(?:pays|États|membres)\\s+restants|les\\s+autres\\s+(?:pays\\s+)?membres|los\\s+(?:demás|restantes)\\s+(?:países|miembros|Estados)|os\\s+(?:demais|restantes)\\s+(?:países|membros|Estados)|die\\s+übrigen\\s+(?:Staaten|Länder|Mitglieder))${E}[\\s,:]*(?:(?:the|le|la|les|el|los|las|o|os|a|as|die|der)\\s+|l['’])?$`,
  'iu',
);

/**
 * A participant a clause, in the active voice: "Dr X, Minister of Foreign Affairs, represented the
 * Commonwealth of Dominica;". The state must end its clause, so that "represented Japan's view" is
 * not read as attendance.
 */
export const REPRESENTED_ACTIVE_BEFORE = new RegExp(
  `${W}(?:represented|representó\\s+a|représentait|a\\s+représenté)\\s+(?:the\\s+|la\\s+|le\\s+|l['’]\\s*|el\\s+)?$`,
  'iu',
);
/**
 * Right before a state that signs besides the list the clause goes on to: "außer Deutschland
 * auch Belgien, …", "Besides Germany, the statement was also signed by". "Also" must follow, or
 * "außer" and "кроме" leave the state out ("alle außer Ungarn").
 */
export const BESIDES =
  "(?:besides|in\\s+addition\\s+to|apart\\s+from|außer|neben|outre|en\\s+plus\\s+d(?:e|u|es|['’])|además\\s+del?|aparte\\s+de|além\\s+d[eoa]s?|oltre\\s+a(?:i|gli|lla|ll['’]|l)?|помимо|кроме|наряду\\s+со?)";
export const BESIDES_BEFORE = new RegExp(
  `${W}${BESIDES}\\s+(?:(?:the|la|le|l['’]|el|los|die|der|dem|den)\\s*)?$`,
  'iu',
);
/** "Помимо стран-членов Европейского союза, …": "besides" opening a sentence. */
export const BESIDES_OPENING = new RegExp(`^[\\s"“«„]*${BESIDES}\\s+`, 'iu');
export const ALSO_AFTER =
  /^[^.;:]{0,80}?(?<![\p{L}])(?:also|auch|aussi|également|también|também|anche|также|тоже)(?![\p{L}])/iu;

export const CLAUSE_END = /^\s*(?:[;.]|,\s*(?:and\s+)?(?:[\p{Lu}]|(?:a|an|the|its|their)\s)|$)/u;

/**
 * The next participant of a representation list, elided: "…; la France par …", "…, Chile by its
 * foreign minister": a separator before the state and "by" right after it.
 */
export const REPRESENTED_NEXT_BEFORE = new RegExp(
  `(?:[;,]\\s*(?:(?:and|et|y|und)\\s+)?|\\s(?:and|et|y|und)\\s+)(?:(?:the|la|le|les|el|los|las|der|die|das)\\s+|l['’]\\s*)?$`,
  'iu',
);
// "Vanuatu sent its Deputy Prime Minister, and Australia its Deputy Leader of the Government".
export const REPRESENTED_NEXT_AFTER = new RegExp(
  `^\\s*(?:by|par|por|durch|${SENT_OFFICE})${E}`,
  'iu',
);

/** A list that takes in its host: "besides the host", "además del anfitrión", "en plus du pays hôte". */
export const WITH_HOST = new RegExp(
  `${W}(?:(?:besides|in\\s+addition\\s+to|as\\s+well\\s+as|and)\\s+the\\s+host(?:\\s+(?:country|state|nation|government))?|además\\s+del?\\s+(?:país\\s+)?anfitri[oó]n|en\\s+plus\\s+(?:du\\s+pays\\s+hôte|de\\s+l['’]hôte)|außer\\s+dem\\s+Gastgeber(?:land)?)${E}`,
  'iu',
);
/** Right before a state: it is the host ("hosted by Peru", "the host country, Peru"). */
export const HOST_BEFORE = new RegExp(
  `${W}(?:hosted\\s+by|host\\s+(?:country|state),?|anfitri[oó]n,|accueillie?s?\\s+par|organisée?\\s+à\\s+l['’]invitation\\s+de|Gastgeber(?:land)?,?)\\s+(?:(?:the|el|la|le)\\s+|l['’])?$`,
  'iu',
);
/** Right after a state: it is the host ("Peru, the host", "Perú, país anfitrión", "Peru hosted"). */
export const HOST_AFTER = new RegExp(
  `^(?:,\\s*(?:(?:the|el|la|le)\\s+)?(?:host(?:\\s+country)?|anfitri[oó]n|país\\s+anfitri[oó]n|pays\\s+hôte|Gastgeber(?:land)?)|\\s+(?:hosted|(?:was|fue|était|war)\\s+(?:the\\s+|el\\s+|l['’])?(?:host|anfitri[oó]n|hôte|Gastgeber)))${E}`,
  'iu',
);

/**
 * Right after a state: it stayed out ("Fiji pulled out of the summit", "did not join", "Sweden
 * and the Netherlands, which usually take part, did not add their names", "le Gabon, suspendu",
 * "Uruguay's president, Luis Lacalle Pou, took part in the meeting but declined to sign",
 * "sämtliche EU-Staaten – Ungarn ausgenommen –").
 */
export const STAYED_OUT = new RegExp(
  `^[\\s,"“]*(?:[-–—]{1,2}\\s+)?(?:(?:which|who|that)\\s+[^,.;]{0,100},\\s*|(?:que|qui|che)\\s+(?=(?:ficou|ficaram|quedó|quedaron|est\\s+rest|sont\\s+rest|se\\s+neg|não|no\\s|n['’]|ne\\s|non\\s))|[-–—]\\s*(?:which|who|that)\\s+[^.;]{0,100}?\\s[-–—]\\s+|['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:president|prime\\s+minister|minister|leader|government|delegation|representative|ambassador)(?:\\s*,\\s*[^,.;]{1,40},)?\\s+(?:[^.;]{0,60}?\\s(?:but|yet)\\s+)?)?(?:(?:were|was|are|is)\\s+(?:also\\s+)?among\\s+(?:those|the\\s+(?:countries|states|nations|participants))\\s+(?:that|which|who)\\s+(?:[^.;]{0,80}?\\s(?:but|yet)\\s+)?|(?:were|are|fueron|son|eran|foram|são|étaient|sont|waren|sind|erano|sono)\\s+(?:the|las|los|les|os|as|die|i|gli)\\s+(?:only\\s+|únic[oa]s\\s+|seul(?:e|s|es)?\\s+)?(?:countries|states|nations|naciones|países|pays|États|nações|Länder|Staaten|paesi|Stati)\\s+(?:that|which|que|qui|die|che)\\s+|(?:was|is|fue|es|era|foi|é|était|est|war|ist|è)\\s+(?:the|el|la|le|o|a|der|das|il|l['’])\\s*(?:only|únic[oa]|seul(?:e)?|einzige|unic[oa])\\s+(?:country|state|nation|país|Estado|pays|État|Land|Staat|paese|Stato)\\s+(?:that|which|que|qui|der|das|che)\\s+)?(?:(?:however|moreover|in\\s+addition|además|de\\s+plus|en\\s+outre|inoltre|außerdem|além\\s+disso|by\\s+contrast|in\\s+contrast|por\\s+el\\s+contrario|en\\s+cambio|sin\\s+embargo|par\\s+contre|en\\s+revanche|cependant|dagegen|jedoch|invece|no\\s+entanto|por\\s+outro\\s+lado|porém|contudo|todavia|entretanto|toutefois|no\\s+obstante|tuttavia|però|allerdings)\\s*,\\s*)?(?:(?:opted|chose|decided|optou|optaram|optó|optaron|decidiu|decidiram|decidió|decidieron|a\\s+choisi|ont\\s+choisi|a\\s+décidé|ont\\s+décidé)(?:,?\\s+[^.;:]{0,50}?)?\\s(?:por|to|de|d['’]|a)?\\s*)?(?:(?:has|have|had|also|then|announced\\s+(?:to|it\\s+would)|(?:said|says|stated)\\s+(?:that\\s+)?it)\\s+)*(?:['’]s\\s+(?:\\p{L}+\\s+)?refusal\\s+to\\s+(?:sign|endorse|join|back)|se\\s+neg(?:aba|ó|aron|aban)\\s+a\\s+(?:firmar|suscribir|respaldar|rubricar|dar(?:le)?\\s+su\\s+(?:consenso|apoyo|respaldo|firma|aval))|no\\s+(?:sumarse|adherirse)|pull(?:ed|s)?\\s+out|no\\s+acept(?:ó|aron|a|an)\\s+(?:sumarse|firmar|suscribir|adherirse)|no\\s+figuran?\\s+en|(?:took|taken|takes?|removed|removes?|struck|strikes?)\\s+(?:their|its)\\s+(?:names?|signatures?)\\s+(?:off|from)|подпиш(?:ут|ет)\\s+(?:\\p{L}+\\s+)?(?:позже|позднее)|will\\s+sign\\s+(?:it\\s+)?later|signer(?:a|ont)\\s+plus\\s+tard|firmar(?:á|án)\\s+más\\s+tarde|(?:is|was|are|were)\\s+staying\\s+away|(?:had|has|sent)\\s+no\\s+(?:representatives?|representation|delegation|envoy)|(?:was|were)\\s+not\\s+represented|stay(?:ed|s)?\\s+(?:away|off)|ausgenommen|h(?:e|o)ld(?:s|ing)?\\s+out|boycott(?:ed|s|ing)?|voted\\s+against|blocked|vetoed|withdr[ae]w|withdrawn|(?:(?:was|is|has\\s+been|remains|reste|demeure|sigue|permanece|bleibt|resta)\\s+)?suspended|(?:(?:reste|demeure|restent|demeurent)\\s+)?suspendue?s?|suspendid[oa]s?|suspens[oa]s?|suspendiert|(?:did|had|have|has|does|do)\\s+not\\s+(?:sign|join|attend|come\\s+to|show\\s+up|endorse|support|back|take\\s+part|participate|(?:add|put)\\s+(?:their|its)\\s+names?)\\p{L}*|non\\s+(?:ha|hanno|aveva|avevano)\\s+(?:voluto\\s+)?(?:firm|sottoscri|aderi|sostenu)\\p{L}*|non\\s+(?:ha|hanno|aveva|avevano)\\s+apposto\\s+(?:la\\s+)?(?:(?:propria|sua|loro)\\s+)?firma|não\\s+(?:assin|subscrev|aderi)\\p{L}*|declined|refused|boycott\\p{L}*|boykott\\p{L}*|(?:trägt|trug|tragen|trugen)\\s+(?:[^\\s,.;:]+\\s+){0,10}?nicht\\s+mit|(?:schert|scherte|scheren|scherten)\\s+(?:[^\\s,.;:]+\\s+){0,8}?aus|ausgeschert|(?:zog|zogen|zieht|ziehen)\\s+(?:[^\\s,.;:]+\\s+){0,3}?nicht\\s+mit|stayed\\s+away|was\\s+absent|(?:was|were)\\s+not\\s+present|no\\s+estuv(?:o|ieron)\\s+presentes?|não\\s+(?:esteve|estiveram)\\s+presentes?|no\\s+se\\s+(?:sum|adhi)\\p{L}*|no\\s+(?:dieron|dio|han\\s+dado|ha\\s+dado)\\s+su\\s+(?:consenso|apoyo|respaldo|firma|aval)|não\\s+(?:deram|deu)\\s+(?:o\\s+)?seu\\s+(?:consenso|apoio|aval)|no\\s+(?:firm|suscrib|respald|apoy)\\p{L}*|n['’](?:a|ont)\\s+pas\\s+(?:sign|adhér|rejoint)\\p{L}*|ne\\s+l['’](?:a|ont)\\s+pas\\s+(?:sign|adopt|approuv|endoss)\\p{L}*|n['’]y\\s+(?:apparaissent|apparaît|figurent|figure)\\s+pas|(?:к\\s+(?:\\p{L}+\\s+){1,2})?не\\s+(?:подпис|присоедин|поддерж)\\p{L}*|(?:участвовать|подписывать|присоединяться)\\s+(?:[^.;]{0,60}?\\s)?не\\s+(?:стал[аио]?|будет|будут|захотел[аио]?)|не\\s+(?:стал[аио]?|захотел[аио]?)\\s+(?:участвовать|подписывать|присоединяться)|отказал\\p{L}*\\s+(?:от\\s+)?(?:подпис|присоедин|поддерж)\\p{L}*|não\\s+(?:quiseram|quis)\\s+(?:assin|subscrev|aderir)\\p{L}*|fic(?:ou|aram|a|am)\\s+(?:de\\s+)?fora|abstain(?:ed|s)?|abstention|se\\s+abstuv(?:o|ieron)|se\\s+sont\\s+abstenus|s['’]est\\s+abstenue?|si\\s+(?:sono|è)\\s+astenut[aoie]|abstiveram-se|absteve-se|enthielten\\s+sich|enthielt\\s+sich|воздержал\\p{L}*|not\\s+to\\s+(?:sign|join|endorse|back|support)|ne\\s+pas\\s+(?:signer|adhérer|s['’]associer)|ne\\s+s['’](?:y\\s+)?(?:est|sont|était|étaient)\\s+pas\\s+associée?s?|(?:est|était)\\s+le\\s+seul\\s+(?:pays|État)(?:\\s+membre)?(?:\\s+de\\s+l['’][\\p{L}-]+)?\\s+à\\s+ne\\s+pas\\s+(?:s['’]être\\s+associée?|s['’]associer|avoir\\s+signé|signer)|no\\s+enviaron\\s+(?:a\\s+)?(?:ningún\\s+|ninguna\\s+)?(?:representante|representación|delegación|delegado)|não\\s+enviaram\\s+(?:nenhum\\s+|nenhuma\\s+)?(?:representante|delegação)|did\\s+not\\s+send\\s+(?:a|any)\\s+(?:representative|delegation|envoy)|(?:en|em|in)\\s+(?:proceso|processo|the\\s+process)\\s+(?:de\\s+adhesión|de\\s+adesão|of\\s+(?:joining|accession|acceding))|se\\s+retir(?:aram|ou|aron|ó)|retir(?:aram|ou)-se|se\\s+desmarc(?:aram|ou|aron|ó|a|am|an)|se\\s+sont\\s+retirée?s|s['’]est\\s+retirée?|si\\s+(?:sono|è)\\s+ritirat[aoie]|no\\s+quisieron\\s+(?:firmar|suscribir)\\p{L}*|quedaron\\s+(?:al\\s+margen|fuera)|refus(?:ed|es)\\s+to\\s+(?:sign|endorse|join)|(?:reserved|reserves)\\s+(?:its|their)\\s+position|(?:entered|placed)\\s+a\\s+reservation|dissociated\\s+(?:itself|themselves)|(?:a|ont)\\s+(?:émis|exprimé)\\s+(?:une|des)\\s+réserves?|(?:se\\s+)?reserv(?:ó|aron)\\s+su\\s+posición|refuse\\s+de\\s+(?:signer|le\\s+signer|l['’]approuver)|verweiger\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:(?:die|seine|ihre)\\s+)?(?:Unterschrift|Zustimmung|Unterzeichnung|Unterstützung)|n['’]ont\\s+pas\\s+voulu\\s+(?:l['’]|le\\s+|la\\s+)?(?:signer|adopter)|(?:hat|haben)\\s+(?:[^\\s,.;:]+\\s+){0,14}?nicht\\s+(?:mit)?(?:unterzeichnet|gezeichnet|unterschrieben)|(?:[^\\s,.;:]+\\s+){0,8}?(?:seine|ihre|die)\\s+(?:Unterschrift|Zustimmung)\\s+(?:[^\\s,.;:]+\\s+){0,8}?verweigert)${E}`,
  'iu',
);

/**
 * Words before the states that stayed out: "países que optaron por no sumarse a la resolución:
 * Argentina, Paraguay y Nicaragua", "the countries that did not sign were".
 */
export const STAYED_OUT_LEAD = new RegExp(
  // "Iraq e Giordania hanno tolto la propria firma, unendosi così a Brasile, India, …": those
  // who took their names off join the others that stayed out.
  // "Sotto il documento non compaiono invece le firme dei leader di altri quattro Paesi …:".
  // "The statement was not joined by the missions of Hungary and Slovakia".
  // "Além do Brasil, também se negaram a assinar Índia, Arábia Saudita e África do Sul".
  // "Mercosul e países sócios suspendem Paraguai do bloco": a member its group suspends.
  `${W}(?:suspend(?:ed|s|ing)|suspend(?:em|eram|er|eu|ia)|suspend(?:en|ieron|ió|ía)|suspend(?:ent|ait|aient|ra)|(?:a|ont)\\s+suspendu|sospes[oe]|(?:ha|hanno)\\s+sospeso|suspendiert(?:en)?|expelled|expulsaron|expulsaram|expulsé)\\s+(?:(?:the|o|a|el|la|le|il|lo|den|die)\\s+|l['’])?$|${W}(?:também\\s+)?se\\s+(?:negaram|recusaram|negou|recusou)\\s+a\\s+(?:assinar|subscrever)\\s*$|${W}(?:was|were)\\s+not\\s+(?:joined|signed|endorsed|backed|supported)\\s+by\\s+(?:the\\s+)?(?:(?:missions|embassies|governments|representatives|delegations|leaders)\\s+of\\s+(?:the\\s+)?)?$|${W}non\\s+compa[ij]ono\\s+(?:invece\\s+)?le\\s+firme\\s+d(?:ei|egli|i|el|ella)[^.;:]{0,120}(?::\\s*)?$|${W}(?:(?:tolto|ritirato)\\s+(?:la\\s+)?(?:(?:propria|loro|sua)\\s+)?firma|withdr[ae]wn?\\s+(?:their|its)\\s+(?:signatures?|names?|support)|retirad[oa]\\s+su\\s+firma|retiraron\\s+su\\s+firma|retiré\\s+leur\\s+signature|retirado\\s+a\\s+(?:sua\\s+)?assinatura|retiraram\\s+a\\s+(?:sua\\s+)?assinatura)[^.;:]{0,40}?(?:unendosi|joining|uniéndose|rejoignant|juntando-se)(?:\\s+(?:così|thus|así|ainsi|assim))?\\s+(?:a|ad|to|aux|à|al|ao|aos)?\\s*$|${W}(?:no\\s+(?:obtuvo|recibió|contó\\s+con|tuvo)\\s+el\\s+(?:apoyo|respaldo|aval)|não\\s+(?:obteve|recebeu|contou\\s+com|teve)\\s+o\\s+(?:apoio|aval|respaldo)|did\\s+not\\s+(?:get|win|receive|have)\\s+the\\s+(?:support|backing|endorsement)|n['’]a\\s+pas\\s+(?:obtenu|reçu|eu)\\s+l['’](?:appui|aval|soutien))\\s+(?:de|del|de\\s+los|d[eoa]s?|of|d(?:u|es)|de\\s+la)\\s*$|${W}(?:nicht\\s+(?:unterzeichnen|unterschreiben|mittragen|mitzeichnen)\\s+(?:wird|werden|will|wollen)|(?:will|would)\\s+not\\s+(?:sign|endorse|back)(?:\\s+(?:it|the\\s+\\p{L}+))?|no\\s+(?:firmará|firmarán|suscribirá|suscribirán)(?:\\s+(?:la|el)\\s+\\p{L}+)?|ne\\s+(?:signera|signeront)\\s+pas(?:\\s+(?:la|le)\\s+\\p{L}+)?)\\s*:\\s*$|${W}(?:keine\\s+Unterschrift(?:en)?\\s+(?:unter\\s+(?:den|das|die)\\s+\\p{L}+\\s+)?(?:gesetzt|geleistet)|nicht\\s+(?:unterzeichnet|unterschrieben|mitgezeichnet))\\s+(?:haben|hat|hatten)\\s*$|${W}(?:ausencias|ausências|absences|absentees|Abwesenheiten)(?:\\s+(?:de\\s+peso|notables|notáveis|notables?|notable|remarquées))?\\s+(?:como\\s+(?:las|as)\\s+de|tales\\s+como|such\\s+as|comme\\s+celles?\\s+d(?:e|u|es)|wie\\s+(?:die\\s+)?von|(?:were|included|incluyen|fueron)\\s*:?)\\s*$|${W}не\\s+(?:поддержали|подписали|одобрили|приняли|присоединились(?:\\s+к\\s+\\p{L}+){0,2})\\s*$|${W}(?:среди|в\\s+числе)\\s+(?:стран|государств|подписант\\p{L}*|участников)[^.;:]{0,60}?\\sнет\\s*$|${W}(?:não\\s+(?:assinaram|subscreveram|aderiram)|no\\s+(?:firmaron|suscribieron|se\\s+sumaron)|did\\s+not\\s+(?:sign|endorse|join)|n['’]ont\\s+pas\\s+signé)${E}[^.;:]{0,120}?(?:ou\\s+seja|nomeadamente|a\\s+saber|isto\\s+é|es\\s+decir|a\\s+saber|namely|that\\s+is|c['’]est-à-dire|à\\s+savoir)\\s*,?\\s*$|${W}(?:non\\s+(?:compa[ij]ono|figurano|risultano|ci\\s+sono)\\s+(?:invece\\s+)?(?:tra|fra)\\s+i\\s+firmatari|no\\s+figuran\\s+(?:en|entre)\\s+(?:la\\s+lista\\s+de\\s+)?(?:los\\s+)?firmantes|ne\\s+figurent\\s+pas\\s+(?:parmi|dans\\s+la\\s+liste\\s+d)(?:es)?\\s+signataires|(?:are|were)\\s+not\\s+among\\s+the\\s+(?:signatories|signers)|não\\s+(?:constam|figuram|estão)\\s+entre\\s+os\\s+signatários)[^.;:]{0,60}$|${W}(?:suspens(?:ão|ion|ión|ione)|Suspendierung)\\s+(?:(?:temporária|temporaire|temporal|temporanea|temporary|provisoire|provisória|provisional)\\s+)?(?:of|da|do|de|du|de\\s+la|del|della|dell['’]|der|des)\\s*$|${W}(?:the\\s+)?(?:abstainers|abstentions|non-?signatories|abstencionistas|abstentionnistes)\\s+(?:were|are|included?|fueron|son|étaient|sont)\\s*:?\\s*$|${W}(?:one|only\\s+one|two|three)\\s+(?:did|had|has|would)\\s*(?:not|n['’]t)(?:\\s+(?:sign|join|endorse))?\\s*:\\s*$|${W}(?:(?:optaron|decidieron|prefirieron)\\s+(?:por\\s+)?no\\s+(?:sumarse|firmar|adherirse|suscribir)|(?:se\\s+)?abstuvieron\\s+de\\s+(?:firmar|suscribir|sumarse|adherirse)|abstained\\s+from\\s+(?:signing|endorsing|joining)|se\\s+sont\\s+abstenus\\s+de\\s+(?:signer|souscrire)|abstiveram-se\\s+de\\s+(?:assinar|subscrever)|no\\s+se\\s+(?:sumaron|adhirieron)|no\\s+(?:firmaron|suscribieron)|(?:chose|opted|decided)\\s+not\\s+to\\s+(?:sign|join|endorse)|(?:did|have|had)\\s+not\\s+(?:sign|join|endorse)(?:ed)?|optaram\\s+por\\s+não\\s+(?:aderir|assinar)|n['’]ont\\s+pas\\s+(?:signé|adhéré)|non\\s+(?:porta|portano|reca|recano)\\s+la\\s+firma\\s+d[ie])${E}[^.;:]{0,80}?(?::|;\\s*(?:among\\s+them|entre\\s+ell[oa]s|entre\\s+eles|parmi\\s+eux)(?:\\s+(?:were|are|figuran|están|figuram|estão|figurent|sont))?|${W}(?:were|are|fueron|son|foram|sont)${E})\\s*$|${W}(?:tampoco|também\\s+não)\\s+(?:lo\\s+|o\\s+)?(?:suscribieron|firmaron|respaldaron|se\\s+sumaron|se\\s+adhirieron|assinaram|subscreveram|aderiram)(?:\\s+(?:el|la|o|a)\\s+\\p{L}+)?\\s*$|${W}(?:(?:ont|a|avaient)\\s+refusé\\s+d['’]y\\s+apposer\\s+leur\\s+signature|(?:ont|a|avaient)\\s+refusé\\s+de\\s+(?:le\\s+|la\\s+|l['’])?(?:signer|adopter|approuver|endosser)|refused\\s+to\\s+(?:sign|endorse|join)|se\\s+negaron\\s+a\\s+(?:firmar|suscribir)l?[oa]?|recusaram-se\\s+a\\s+(?:assinar|subscrever)|(?:hanno\\s+)?rifiutato\\s+di\\s+(?:firmare|sottoscrivere)|verweiger\\p{L}*|weigerten\\s+sich,?\\s+(?:\\p{L}+\\s+){0,3}?zu\\s+unterzeichnen|отказались\\s+(?:подписать|присоединиться)|(?:подписывать|подписать|поддерживать|поддержать)\\s+(?:[\\p{L}-]+\\s+){0,3}?отказались)${E}[^.;:]{0,80}?(?::|,\\s*(?:в\\s+частности\\s*,|parmi\\s+(?:lesquels|eux)|dont|including|among\\s+them|entre\\s+ell[oa]s|entre\\s+eles|darunter|tra\\s+cui|в\\s+том\\s+числе)\\s*:?)\\s*$`,
  'iu',
);

/** Verbs followed by their signers, which count only in a sentence about a statement. */
export const VERB_LEAD_CUES: RegExp[] = [
  '(?:joined|co-?sponsored|co-?signed|endorsed|supported|signed|released|issued|adopted|delivered)\\s+(?:also\\s+)?by',
].map((cue) => new RegExp(`${W}${cue}${E}`, 'giu'));

/**
 * The heading of one state's own statement ("Statement by the Delegation of the Russian
 * Federation"): the lists in it name others. A joint statement or one on behalf of others is not.
 */
export const NATIONAL_HEADING =
  /^(?:(?!joint|on\s+behalf|совместн|от\s+имени|conjoint|au\s+nom|conjunt|en\s+nombre|gemeinsam|im\s+Namen).)*(?:statement|remarks|speech|intervention|заявление|выступление|déclaration|intervention|declaración|intervención|Erklärung|Rede)\s+(?:by|of|delivered\s+by|делегации|de\s+la\s+délégation|de\s+la\s+delegación|der\s+Delegation)(?:(?!joint|on\s+behalf|совместн|от\s+имени|conjoint|au\s+nom|conjunt|en\s+nombre|gemeinsam|im\s+Namen).)*$/iu;

/** The first person of a joint statement's opening: "We, the Foreign Ministers of". */
export const WE_OPENING =
  /^[\s"“„«'(]*(?:\d+\.\s*)?(?:we|мы|nous|nosotros|nosotras|wir),?\s+(?![\p{L}]+\s+(?:condemn|urge|call|welcome|thank))/iu;

/** Verbs of stance that a statement's signers are the subject of: "A, B and C reaffirm". */
export const STANCE_AFTER = new RegExp(
  `^[\\s,]*(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4},\\s*|(?:\\p{Lu}\\.\\s*){1,2}\\p{Lu}[\\p{L}'’-]+\\s+)?(?:(?:have|has|had|also|today|yesterday|on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|jointly|together|further|strongly|all|both|hereby|также|вновь|совместно|ont|han|haben)\\s+)*(?:провели|призвали|заявили|подтвердили|высказались|выразили|осудили|приняли|договорились|выступили|отметили|подчеркнули|met|meet|agreed?|reaffirm(?:ed|s)?|express(?:ed|es)?|call(?:ed|s)?\\s+(?:on|upon|for)|condemn(?:ed|s)?|welcome[ds]?|underline[ds]?|underscore[ds]?|stress(?:ed|es)?|emphasi[sz]e[ds]?|commit(?:ted|s)?|declare[ds]?|stand|state[ds]?|note[ds]?|recogni[sz]e[ds]?|remain|share|voice[ds]?|issued|released|reject(?:ed|s)?|urge[ds]?|demand(?:ed|s)?|warn(?:ed|s)?|threaten(?:ed|s)?|pledge[ds]?|vow(?:ed|s)?|reivindica\\p{L}*|exige[mn]|exigiram|exigieron|pedem|pediram|piden|defendem|defenderam|reclaman|reclamaron|affirm(?:ed|s)?|reiterate[ds]?|insist(?:ed|s)?|support(?:ed|s)?|held|hold|decided?|are\\s+(?:committed|united|determined|deeply)|заявля\\p{L}*|подтвержда\\p{L}*|выража\\p{L}*|осужда\\p{L}*|призыва\\p{L}*|договорились|réaffirm\\p{L}*|condamn\\p{L}*|expriment|appellent|soulignent|reafirma\\p{L}*|condena\\p{L}*|expresan|bekräftig\\p{L}*|verurteil\\p{L}*|erklären)${E}`,
  'iu',
);

/** A preposition right before a list that makes its states whom the text speaks to ("pide a"). */
export const ADDRESSED_LEAD = /(?:^|\s)(?:a|ad|à|al|aos?|às?|to|an)\s*$/iu;

/** Words right before a list that make its states the object of the text, not its authors. */
export const OBJECT_LEAD = new RegExp(
  `${W}(?:condemn\\p{L}*|critici[sz]\\p{L}*|critiqu\\p{L}*|critic\\p{L}*|urg\\p{L}*|call(?:s|ed|ing)?\\s+(?:on|upon)|welcom\\p{L}*|commend\\p{L}*|thank\\p{L}*|prais\\p{L}*|press(?:ed|es|ing)\\s+(?!for|ahead|on)|congratulat\\p{L}*|applaud\\p{L}*|appreciat\\p{L}*|deplor\\p{L}*|denounc\\p{L}*|demand\\p{L}*\\s+(?:that|of)|invit(?!ation|aci[oó]n|ação|azione|ung)\\p{L}*|encourag\\p{L}*|sanction\\p{L}*|accus\\p{L}*|attacks?\\s+(?:on|by)|(?:steps|efforts|measures|actions|initiatives|moves|decisions?|commitments?)\\s+(?:taken|undertaken|made|carried\\s+out|announced)\\s+by|(?:mediation|Vermittlung\\p{L}*|médiation|mediaci[oó]n|mediação|mediazione|посредничеств\\p{L}*)(?:\\s+efforts)?\\s+(?:of|by|der|des|von|de|du|del|da|do|di|dei|della)|aggression\\s+(?:of|by)|violations?\\s+by|host\\p{L}*\\s+by|visit(?:ed|s|ing)?|met\\s+with|talks\\s+with|осужда\\p{L}*|призыва\\p{L}*|приветству\\p{L}*|благодар\\p{L}*|condamn\\p{L}*|exhort\\p{L}*|appel\\p{L}*\\s+(?:à|a)|salu\\p{L}*|remerci\\p{L}*|conden\\p{L}*|inst\\p{L}*\\s+a|exhort\\p{L}*|agradec\\p{L}*|acog\\p{L}*|reconoc\\p{L}*\\s+a|pid\\p{L}*(?:\\s+(?:de\\s+manera\\s+\\p{L}+|expresamente|formalmente|también))?\\s+a|solicit\\p{L}*\\s+a|verurteil\\p{L}*|fordern|forder\\p{L}*\\s+(?:die|den)|begrüß\\p{L}*|dank\\p{L}*|(?:strategic\\s+|regional\\s+|estratégicos\\s+|stratégiques\\s+)?["“«]?(?:partners|socios|partenaires|parceiros)(?:\\s+(?:estratégicos|stratégiques|regionales|régionaux|regionais))?["”»]?\\s+(?:such\\s+as|como|comme|tels\\s+que))${E}`,
  'iu',
);

/** The closing line of a speech, after which a bare list names who it was delivered for. */
export const CLOSING =
  /^(?:I\s+)?thank\s+you|^спасибо|^благодарю|^je\s+vous\s+remercie|^merci|^gracias|^muchas\s+gracias|^vielen\s+dank|^danke/iu;

/** Words that set a sentence in an earlier time: "last year", "only days earlier". */
// "last year's vote" is the subject's time, not an earlier text's: its possessive counts only
// before a text or a meeting.
const EARLIER_TIME =
  "last\\s+year(?!['’]s\\s+(?!(?:joint\\s+)?(?:statement|declaration|communiqu|letter|text|summit|meeting)))|years?\\s+ago|earlier\\s+(?:this|that)\\s+(?:year|month|week)|(?:days|weeks|months|a\\s+(?:day|week|month))\\s+earlier|(?:that|the)\\s+earlier\\s+(?:one|statement|text|declaration|letter)|в\\s+прошлом\\s+году|l['’]an(?:née)?\\s+derni[eè]re?|el\\s+año\\s+pasado|letztes\\s+Jahr";
export const IN_EARLIER_TIME = new RegExp(`(?<![\\p{L}])(?:${EARLIER_TIME})(?![\\p{L}])`, 'iu');
// "in 2017," sets a sentence in another year, unless it also says the meeting was today
// ("Norway leads the NB8 in 2017, so … was host today of the annual meeting").
const TODAY = "(?<![\\p{L}])(?:today|aujourd['’]hui|heute|hoy|hoje|oggi|сегодня)(?![\\p{L}])";
const IN_YEAR = `(?<!${TODAY}[^.;]*)in\\s+(?:19|20)\\d\\d,(?![^.;]*${TODAY})`;
/** A sentence about what others said or did earlier, whose list is not this statement's. */
export const EARLIER = new RegExp(
  `(?<![\\p{L}])(?:${EARLIER_TIME}|previous(?:ly)?|${IN_YEAR}|ранее|opposed|counter-?statement|rival\\s+(?:statement|text)|in\\s+response\\s+to|(?:had|tinham|tinha|habían|había|avaient|avait|hatten|hatte|avevano|aveva)\\s+(?:already\\s+|já\\s+|ya\\s+|déjà\\s+|bereits\\s+|già\\s+)?(?:decided|agreed|decidido|acordado|décidé|convenu|beschlossen|vereinbart|deciso|concordado))(?![\\p{L}])`,
  'iu',
);

/**
 * A sentence about a text that was never issued: its lists are no signers ("the SCO, whose
 * members are …, never issued it", "Россия и Украина разработали проект совместной декларации":
 * a draft that nothing in the sentence adopts).
 */
export const NEVER_ISSUED =
  /(?<![\p{L}])(?:(?:draft|проект\p{L}*|projet|proyecto|projeto|progetto|Entwurf)\s+(?:(?:of\s+(?:a|the)|de|d['’]une?|di\s+una?|einer)\s+)?(?:(?:joint|совместн\p{L}+|commune?|conjoint[oae]?|congiunt[oa]|gemeinsamen)\s+)?(?:statement|declaration|communiqu[eé]|декларац\p{L}*|заявлени\p{L}*|коммюнике|déclaration|declaraci[oó]n|declaração|dichiarazione|Erklärung)(?![^.;]*(?:adopt|approv|signed|sign[ée]|firm|assin|unterzeichn|verabschied|принят|приняли|одобр|подпис))|never\s+(?:issued|adopted|released|published|signed)|(?:was|were)\s+(?:never|not)\s+(?:issued|adopted|released|published)|failed\s+to\s+(?:agree\s+on|adopt|issue|release)|n['’]a\s+jamais\s+été\s+(?:publiée?|adoptée?)|nunca\s+(?:se\s+)?(?:emiti|public|adopt)\p{L}*|nie\s+(?:veröffentlicht|verabschiedet))(?![\p{L}])/iu;

// "Among the countries missing from the list of signatories are", "countries that did not sign
// include", "n'ont pas signé :": the names after it stayed out.
const NOT_SIGNED = [
  '(?:missing|absent|left\\s+off)\\s+from\\s+(?:the\\s+)?(?:list\\s+of\\s+)?(?:signatories|signers|signatures)(?:\\s+(?:are|were|include[ds]?))?',
  "(?:did\\s+not|didn['’]t|refused\\s+to|declined\\s+to|have\\s+not|haven['’]t)\\s+(?:yet\\s+)?sign(?:ed)?(?:\\s+(?:it|the\\s+\\p{L}+))?(?:\\s+(?:are|were|include[ds]?))?",
  'non-?signator(?:y|ies)(?:\\s+(?:are|were|include[ds]?))?',
  "n['’]ont\\s+pas\\s+signé(?:\\s+(?:sont|figurent))?|ne\\s+figurent\\s+pas(?:\\s+parmi\\s+les\\s+signataires)?",
  'no\\s+(?:firmaron|suscribieron|figuran)(?:\\s+(?:entre\\s+los\\s+firmantes))?',
  'nicht\\s+unterzeichnet(?:\\s+haben)?',
  'не\\s+(?:подписали|подписавш\\p{L}*)',
].join('|');

// "all EU leaders except Hungary", "tous les dirigeants de l'UE, sauf celui de la Hongrie".
const EXCEPT_WORDS =
  "except(?:\\s+for)?|minus|the\\s+(?:sole|only)\\s+exception\\s+being|excluding|other\\s+than|with\\s+the\\s+exception\\s+of|but\\s+not|excepto|salvo|menos|(?:con\\s+la\\s+|a\\s+)excepci[oó]n\\s+de|con\\s+(?:la\\s+)?(?:única\\s+)?salvedad\\s+de|exceto|com\\s+exceção\\s+d[eoa]s?|sauf|hormis|à\\s+l['’]exception\\s+d(?:e|u|es)|кроме|за\\s+(?:единственным\\s+)?исключением|außer|ausgenommen|mit\\s+Ausnahme(?:\\s+(?:von|der|des))?|tranne|eccetto|ad\\s+eccezione\\s+d[ie]";

/** The words of an exception alone: what follows them is left out of what goes before. */
export const EXCEPTION = new RegExp(`${W}(?:${EXCEPT_WORDS})${E}`, 'iu');

/** Words that take the names after them out of a list: "all members, except Brazil and Canada". */
export const EXCEPT = new RegExp(`${W}(?:${EXCEPT_WORDS}|${NOT_SIGNED})${E}`, 'iu');

/** A list that joins a statement on top of its first signers: "also joined", "se sumaron". */
export const ALSO_JOINED = new RegExp(
  `${W}(?:also\\s+(?:joined|signed|aligned|endorsed|co-?sponsored|supported)|(?:joined|aligned|signed)\\s+(?:[\\p{L}]+\\s+){0,3}also|subsequently\\s+joined|later\\s+joined|также\\s+присоединились|se\\s+sont\\s+également|también\\s+se\\s+(?:sumaron|adhirieron)|(?:a\\s+que|aos\\s+quais)\\s+se\\s+junta(?:m|ram)(?:\\s+(?:os|as)(?:\\s+d[oae]s?)?)?|a\\s+(?:los|las)\\s+que\\s+se\\s+(?:suman|sumaron|unen|unieron)(?:\\s+(?:los|las)(?:\\s+de(?:l|\\s+los|\\s+las)?)?)?|auxquel(?:le)?s\\s+se\\s+(?:joignent|sont\\s+joints?)(?:\\s+ceux\\s+d(?:e|u|es))?|rejoints?\\s+par)${E}`,
  'iu',
);

const TEXT_NOUNS =
  '(?:statements?|declarations?|communiqu[eé]s?|resolutions?|texts?|letters?|drafts?|заявлени\\p{L}*|деклараци\\p{L}*|резолюци\\p{L}*|проект\\p{L}*|déclaration|résolution|projet|declaraci[oó]n|resoluci[oó]n|proyecto|declaração|resolução|projeto|Erklärung|Resolution|Entwurf)';

/**
 * A text the sentence's subject protests against: "its protest against the Draft Declaration …,
 * sponsored by". Its authors are never the signers, whoever the subject is. The text follows
 * within a few words, so "the Coalition against Daesh issued a statement" is not one.
 */
export const OPPOSED_TEXT = new RegExp(
  `${W}(?:against|contra|contre|против|gegen)\\s+(?:[\\p{L}-]+\\s+){0,3}?${TEXT_NOUNS}${E}`,
  'iu',
);

/**
 * A statement the text refers to, by others: "we welcome the joint statement … issued by", "we
 * subscribe in full to the statement delivered by".
 * The names after it are that text's authors.
 */
export const OTHER_TEXT = new RegExp(
  `${W}(?:welcom\\p{L}*|recall\\p{L}*|(?<=(?:we|I)\\s+(?:\\p{L}+\\s+)?)(?:subscrib\\p{L}*|align\\s+(?:ourselves|myself)|associate\\s+(?:ourselves|myself))|not(?:e|es|ed|ing)|took\\s+note|support\\p{L}*|endors\\p{L}*|reject\\p{L}*|oppos\\p{L}*|приветству\\p{L}*|принима\\p{L}*\\s+к\\s+сведению|отверга\\p{L}*|salu\\p{L}*|accueill\\p{L}*|prend\\p{L}*\\s+note|rejet\\p{L}*|acog\\p{L}*|tom\\p{L}*\\s+nota|rechaz\\p{L}*|begrüß\\p{L}*|lehnt?\\p{L}*\\s+ab)${E}[^.;]{0,120}?${W}${TEXT_NOUNS}${E}`,
  'iu',
);

// "The delegations of A, B and C delivered statements of their own": each spoke for itself.
export const OWN_STATEMENTS_AFTER =
  /^[^.;]{0,40}?(?<![\p{L}])(?:statements?\s+of\s+their\s+own|their\s+own\s+(?:national\s+)?statements?|(?:separate|individual|national)\s+statements|each\s+(?:in\s+its\s+own\s+name|for\s+itself)|des\s+déclarations\s+(?:nationales|distinctes|séparées)|declaraciones\s+(?:nacionales|propias|por\s+separado)|eigene\s+Erklärungen|собственн\p{L}*\s+заявлени\p{L}*)(?![\p{L}])/iu;
