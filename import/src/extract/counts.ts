const UNITS = [
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen ' +
    'fifteen sixteen seventeen eighteen nineteen',
].flatMap((s) => s.split(' '));
// The small numbers other languages count signers with: "les trois chefs d'État", "die sechs
// Staats- und Regierungschefs", "los cuatro presidentes", "трёх стран".
const SMALL: Record<string, number> = Object.fromEntries(
  [
    'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize',
    'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf',
    'dos tres cuatro cinco seis siete ocho nueve diez once doce',
    'due tre quattro cinque sei sette otto nove dieci undici dodici',
    'dois três quatro cinco seis sete oito nove dez onze doze',
    // Russian counts the parties in the genitive: "трёх стран", "четырех государств".
    'двух трёх четырёх пяти шести семи восьми девяти десяти одиннадцати двенадцати',
    'двух трех четырех',
    'два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать',
    'две',
  ].flatMap((s) => s.split(' ').map((w, i) => [w, i + 2] as const)),
);
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// Tens and units in the other languages read, for the counts of large groups: "Vingt-six des 27
// États membres", "veintiséis países", "sechsundzwanzig Mitgliedstaaten", "ventisei Paesi".
const OTHER_TENS: Record<string, number> = Object.fromEntries(
  [
    'vingt trente quarante cinquante soixante',
    'veinte treinta cuarenta cincuenta sesenta',
    'vinte trinta quarenta cinquenta sessenta',
    'venti trenta quaranta cinquanta sessanta',
    'zwanzig dreißig vierzig fünfzig sechzig',
  ].flatMap((s) => s.split(' ').map((w, i) => [w, (i + 2) * 10] as const)),
);
const OTHER_UNITS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(SMALL).filter(([, n]) => n < 10)),
  ...Object.fromEntries(['un', 'une', 'uno', 'um', 'ein'].map((w) => [w, 1] as const)),
};

// "vingt-six", "vingt et un", "treinta y tres", "vinte e seis", "sechsundzwanzig",
// "veintiséis", "ventisei", "trentatré".
function otherTens(word: string): number | undefined {
  const joined = /^(\p{L}+?)(?:[-\s]+(?:et|y|e)[-\s]+|[-\s]+)(\p{L}+)$/u.exec(word);
  if (joined && OTHER_TENS[joined[1] ?? ''] !== undefined) {
    const unit = OTHER_UNITS[joined[2] ?? ''];
    return unit === undefined ? undefined : (OTHER_TENS[joined[1] ?? ''] ?? 0) + unit;
  }
  const german = /^(\p{L}+?)und(\p{L}+)$/u.exec(word);
  if (german && OTHER_TENS[german[2] ?? ''] !== undefined) {
    const unit = OTHER_UNITS[german[1] ?? ''];
    return unit === undefined ? undefined : (OTHER_TENS[german[2] ?? ''] ?? 0) + unit;
  }
  if (OTHER_TENS[word] !== undefined) return OTHER_TENS[word];
  const glued = /^(veinti|vent|trent|quarant|cinquant|sessant)(\p{L}+)$/u.exec(
    word.normalize('NFC'),
  );
  if (!glued) return undefined;
  const base = { veinti: 20, vent: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60 }[
    glued[1] as 'veinti'
  ];
  const plain = (glued[2] ?? '').normalize('NFD').replace(/\p{M}/gu, '');
  const unit = OTHER_UNITS[plain] ?? OTHER_UNITS[plain.replace(/^[ia]/u, '')];
  return unit === undefined ? undefined : base + unit;
}

/** "22", "twenty-two", "nineteen" as a number; undefined for anything else. */
export function numberWord(text: string): number | undefined {
  const word = text.toLowerCase();
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  if (SMALL[word] !== undefined) return SMALL[word];
  const [tens, ones] = word.split(/[-\s]/);
  const t = TENS.indexOf(tens ?? '');
  const o = ones === undefined ? 0 : UNITS.indexOf(ones);
  return t >= 2 && o >= 0 && o < 10 ? t * 10 + o : otherTens(word);
}

// A number starts a word: "autres signataires" holds no Spanish "tres".
const N = '(?<![\\p{L}\\p{N}])(\\d{1,3}|\\p{L}+(?:-\\p{L}+)?)';
const STATES =
  '(?:countries|states|nations|member\\s+states|participating\\s+states|delegations|governments|стран\\p{L}*|государств\\p{L}*|pays|États|países|Estados|naciones|nações|Länder|Staaten|Paesi|Stati)';

const LEADERS =
  "(?:heads\\s+of\\s+(?:state|government)|leaders|presidents|chefs\\s+d['’]État|présidents|dirigeants|(?:Staats-\\s+und\\s+)?Regierungschefs|Staatschefs|Präsidenten|jefes\\s+de\\s+Estado|presidentes|mandatarios|líderes)";
const FOREIGN_MINISTERS =
  '(?:foreign\\s+ministers|ministri\\s+degli\\s+(?:Esteri|Affari\\s+esteri)|capi\\s+della\\s+diplomazia|ministres\\s+des\\s+Affaires\\s+étrangères|chefs\\s+de\\s+la\\s+diplomatie|cancilleres|ministros\\s+de\\s+(?:Relaciones|Asuntos)\\s+Exteriores|ministros\\s+dos\\s+Negócios\\s+Estrangeiros|chanceleres|Außenminister(?:innen)?)';
const SIGNED =
  '(?:(?:have|had)\\s+(?:signed|adopted|issued|endorsed)|signed|adopted|issued|endorsed|ont\\s+(?:\\p{L}+\\s+){0,2}?(?:signé|adopté|publié|entériné)|signent|adoptent|unterzeichnet|verabschiedet|unterzeichneten|verabschiedeten|han\\s+(?:firmado|adoptado|suscrito)|firmaron|adoptaron|suscribieron)';

// Each pattern gives a count and how many to add: "Belarus together with 19 countries" is 20.
// "27 delegaciones de la Unión Europea y 31 de la Celac firmaron la Declaración": two counts of
// two groups' signers, whose sum is the count.
const DELEGATIONS = `(?:${STATES}|delegaciones|délégations|delegações|miembros|members|membres|membros)`;
const OF_GROUP_COUNTED = "(?:de\\s+la|del|de|of\\s+the|of|de\\s+l['’]|du|da|do)\\s+[^,.;:]{2,40}?";
const TWO_COUNTS = new RegExp(
  `${N}\\s+${DELEGATIONS}\\s+${OF_GROUP_COUNTED}\\s+(?:y|and|et|e|und)\\s+${N}\\s+(?:${DELEGATIONS}\\s+)?${OF_GROUP_COUNTED}\\s+(?:firmaron|suscribieron|adoptaron|respaldaron|signed|adopted|endorsed|backed|ont\\s+(?:signé|adopté)|signèrent|assinaram|subscreveram|adotaram|unterzeichneten|verabschiedeten)(?![\\p{L}])`,
  'iu',
);
// "The 28 member states of the European Union, together with eight other countries": a counted
// subject and the others with it.
const COUNTED_TOGETHER = new RegExp(
  `${N}\\s+${STATES}(?:\\s+of\\s+the\\s+[^,.;:]{2,40}?)?\\s*,?\\s+(?:together|along)\\s+with\\s+${N}\\s+other\\s+${STATES}`,
  'iu',
);

const PATTERNS: [RegExp, number][] = [
  // "The UK has agreed with six other NATO member states to set up": the subject and the others.
  [
    new RegExp(
      `(?:(?:together|along|jointly)\\s+with|(?:has|have|had)\\s+agreed\\s+with)\\s+${N}\\s+(?:other\\s+)?(?:(?:NATO|EU|G7|G20|OSCE|ASEAN|AU)\\s+)?${STATES}`,
      'iu',
    ),
    1,
  ],
  [new RegExp(`(?:вместе|совместно)\\s+с\\s+${N}\\s+(?:другими\\s+)?${STATES}`, 'iu'), 1],
  [
    new RegExp(
      `(?:avec|junto\\s+con|mit)\\s+${N}\\s+(?:autres\\s+|otros\\s+|anderen\\s+)?${STATES}`,
      'iu',
    ),
    1,
  ],
  [
    new RegExp(
      `(?:on\\s+behalf\\s+of|by|от\\s+имени|au\\s+nom\\s+de|en\\s+nombre\\s+de|par|por)\\s+(?:(?:consenso|consensus|consenso)\\s+(?:de|of)\\s+)?(?:the\\s+)?(?:following\\s+)?(?:a\\s+group\\s+of\\s+)?${N}\\s+(?:(?:of|de)\\s+(?:the\\s+|las\\s+|los\\s+|os\\s+|as\\s+|les\\s+)?\\d{1,3}\\s+)?(?:[\\p{L}-]+\\s+)?(?:${STATES}|members|heads\\s+of\\s+(?:state|government)(?:\\s+and\\s+government)?)`,
      'iu',
    ),
    0,
  ],
  [
    new RegExp(
      `${N}\\s+(?:[\\p{L}-]+\\s+)?${STATES}\\s+(?:have\\s+|had\\s+)?(?:adopted|signed|joined|endorsed|supported|issued|co-?sponsored|приняли|подписали|поддержали|присоединились|ont\\s+(?:adopté|signé|publié|diffusé)|han\\s+(?:adoptado|firmado|emitido|difundido)|firmaron|emitieron|hanno\\s+(?:diffuso|firmato|adottato|sottoscritto|emesso|pubblicato))`,
      'iu',
    ),
    0,
  ],
  // "Die sechs Staaten gaben anschließend eine gemeinsame Erklärung heraus", "the four countries
  // then issued a joint statement", "the five MIKTA Foreign Ministers adopted a joint
  // communique": the counted states of the story, or their ministers, issuing its text.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|die|les|los|las|i|gli|os|as)\\s+${N}\\s+(?:[A-Z][A-Za-z\\d-]*\\s+)?(?:${STATES}|leaders|(?:foreign\\s+)?ministers|heads\\s+of\\s+state(?:\\s+and\\s+government)?)\\s+(?:(?:then|later|anschließend|danach|dann|ensuite|luego|después|poi|depois)\\s+)?(?:issued|released|adopted|signed|gaben|veröffentlichten|unterzeichneten|verabschiedeten|ont\\s+(?:ensuite\\s+)?(?:publié|adopté|signé)|emitieron|firmaron|adoptaron|hanno\\s+(?:poi\\s+)?(?:diffuso|firmato|adottato)|emitiram|assinaram)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "In a closing statement, the ten countries asked for": the counted states of the story, in
  // their text.
  [
    new RegExp(
      `(?<![\\p{L}])(?:in|dans|en|im|nel|na|no)\\s+(?:a|an|the|their|une?|leur|la|el|su|um|uma|o|seu|sua|einer|ihrer|der)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:statement|declaration|communiqu[eé]|déclaration|declaración|comunicado|declaração|Erklärung|Kommuniqué|dichiarazione|comunicato)\\s*,\\s*(?:the|les|los|las|die|i|gli|os|as)\\s+${N}\\s+${STATES}(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "i nove leader hanno chiesto all'Unione europea", "the nine leaders urged": the counted
  // leaders of a summit whose text the story reports, taking its stand.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|les|los|las|i|gli|die|os|as)\\s+${N}\\s+(?:leaders?|capi\\s+di\\s+Stato(?:\\s+e\\s+di\\s+governo)?|dirigeants|líderes|Staats-\\s+und\\s+Regierungschefs|Regierungschefs)\\s+(?:hanno\\s+(?:chiesto|condannato|ribadito|sottolineato)|have\\s+(?:called|urged|condemned)|called|urged|condemned|ont\\s+(?:appelé|demandé|condamné|réclamé)|han\\s+(?:pedido|condenado|reclamado)|pidieron|condenaron|haben\\s+(?:gefordert|verurteilt)|forderten|verurteilten)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "Leaders and representatives of 21 Arab countries brought the summit to a close on Sunday,
  // adopting the Damascus Declaration", "Defence chiefs of 12 countries condemn", "Los mandatarios
  // de los tres países suscribieron este miércoles la «Alianza …»": who adopted the text, counted.
  [
    new RegExp(
      `(?<![\\p{L}])(?:leaders|heads\\s+of\\s+(?:state|government)|representatives|delegations|(?:foreign\\s+|defen[cs]e\\s+)?ministers|(?:military\\s+|defen[cs]e\\s+)?chiefs|mandatarios|presidentes|jefes\\s+de\\s+Estado|líderes|cancilleres|gobernantes|dirigeants|présidents|chefs\\s+d['’]État|ministres|presidenti|capi\\s+di\\s+Stato|chefes\\s+de\\s+Estado|chanceleres)(?:\\s+and\\s+(?:leaders|representatives|delegations|(?:foreign\\s+)?ministers|heads\\s+of\\s+(?:state|government)))?\\s+(?:of|from|de|des|dei|degli|dos|das)\\s+(?:(?:the|los|las|les|i|gli|os|as)\\s+)?${N}\\s+(?:[\\p{L}-]+\\s+)?${STATES}(?=[^.;]{0,120}?(?<![\\p{L}])(?:adopt|sign|issu|endors|approv|condemn|suscrib|firm[aóe]|emit|assin|sottoscri)\\p{L}*)`,
      'iu',
    ),
    0,
  ],
  // "La lettre des dirigeants de neuf pays, parmi lesquels la Belgique, qui demande …": the
  // counted authors of the text the sentence names.
  [
    new RegExp(
      `(?<![\\p{L}])(?:lettre|letter|carta|lettera|Brief|déclaration|declaration|declaración|declaração|dichiarazione|Erklärung|statement|appel|appeal|llamamiento|apelo|appello)\\s+(?:des|of\\s+the|de\\s+los|dos|der|dei|degli)\\s+(?:dirigeants|leaders|líderes|dirigentes|chefs\\s+d['’]État|heads\\s+of\\s+state|jefes\\s+de\\s+Estado|ministres|(?:foreign\\s+)?ministers|cancilleres|ministros|ministri|Außenminister|Regierungschefs|gouvernements|governments|gobiernos|governos|governi|Regierungen)\\s+(?:de|of|from|des|dos|de\\s+los|von|aus|di)\\s+${N}\\s+${STATES}`,
      'iu',
    ),
    0,
  ],
  // "Los otros 13 integrantes del Grupo, entre ellos Brasil, …, señalaron en la declaración
  // conjunta": a group's other members, counted, in its text.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|los|las|les|die|i|gli|os|as)\\s+(?:(?:other|remaining|otros|otras|demás|restantes|autres|anderen|übrigen|altri|outros|demais)\\s+)?${N}\\s+(?:(?:other|remaining|otros|otras|restantes|autres|anderen|übrigen|altri|outros|demais)\\s+)?(?:members|integrantes|miembros|membres|Mitglieder|membri|membros)(?![\\p{L}])(?=[^.;]{0,200}?(?:statement|declaration|declaración|déclaration|Erklärung|dichiarazione|declaração|communiqu[eé]|comunicado|Kommuniqué|comunicato))`,
      'iu',
    ),
    0,
  ],
  // "Die USA und zehn weitere Staaten … hatten gemeinsam … verlangt": one named, and others.
  [
    new RegExp(
      `(?<![\\p{L}])(?:and|und|et|y|e)\\s+${N}\\s+(?:other|weitere|andere|autres|otros|otras|outros|outras|altri|altre)\\s+${STATES}(?![\\p{L}])`,
      'iu',
    ),
    1,
  ],
  // "the United States and 60 partners from around the globe launched the Declaration"
  [
    new RegExp(
      `(?<![\\p{L}])and\\s+${N}\\s+(?:other\\s+)?(?:partners|${STATES})(?:\\s+(?:from|of|in)\\s+[^,.;]{1,40}?)?\\s+(?:have\\s+)?(?:launched|adopted|signed|endorsed|issued|joined|agreed|pledged|resolved|vowed)`,
      'iu',
    ),
    1,
  ],
  // "les trois chefs d'État ont adopté", "die sechs Staats- und Regierungschefs unterzeichneten",
  // "the five Micronesian leaders issued":
  // the signers counted by their office, as the subject of a verb of signing in the same clause.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|les|des|die|der|los|las)\\s+${N}\\s+(?:[\\p{L}-]+\\s+)?${LEADERS}(?![\\p{L}])[^.;:]{0,80}?(?<![\\p{L}])${SIGNED}(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  [
    new RegExp(
      `${N}\\s+(?:(?:co-?)?(?:signatories|sponsors|signatory\\s+states)|Unterzeichner(?:staaten)?|signataires|firmantes|firmatari)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // Portuguese "dos signatários" is "of the signatories", not Spanish "two".
  [new RegExp(`(?!d[oa]s\\s)${N}\\s+signatári[oa]s(?![\\p{L}])`, 'iu'), 0],
  // "Vingt-six des 27 États membres de l'Union européenne adoptent une déclaration", "Onze des
  // vingt-sept États membres … se sont engagés", "26 der 27 Staats- und Regierungschefs der EU
  // [haben sich] auf einen gemeinsamen Text … geeinigt": a part of a group, counted against its
  // size, as the subject of a verb of signing.
  [
    new RegExp(
      `${N}\\s+(?:of\\s+the|of\\s+its|des|de\\s+los|de\\s+las|dos|das|dei|degli|delle|der)\\s+(?:\\d{1,3}|\\p{L}+-\\p{L}+|\\p{L}+)\\s+(?:[\\p{L}-]+\\s+)?(?:${STATES}|${LEADERS})[^.;:]{0,80}?(?<![\\p{L}])(?:${SIGNED}|backed|supported|approved|firmaron|respaldaron|aprobaron|assinaram|aprovaram|hanno\\s+firmato|approuvent|soutiennent|se\\s+sont\\s+engagée?s|s['’]engagent|committed|pledged|se\\s+comprometieron|geeinigt)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "Sept des huit chefs d'État de l'Uemoa ont participé à la session": the leaders of a summit
  // whose communiqué the story reports, counted as they took part.
  [
    new RegExp(
      `(?<![\\p{L}])${N}\\s+(?:(?:des|of\\s+the|de\\s+los|dos|der)\\s+\\p{L}+\\s+)?${LEADERS}(?![\\p{L}])[^.;:]{0,40}?(?<![\\p{L}])(?:ont\\s+participé|ont\\s+pris\\s+part|took\\s+part|participated|attended|participaron|asistieron|participaram|nahmen\\s+teil)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "teve a adesão de 58 nações", "backed by the signatures of 40 countries": the signers as
  // the count of its support.
  [
    new RegExp(
      `(?<![\\p{L}])(?:adesão|apoio|assinatura|adhesión|apoyo|respaldo|firma|adhésion|soutien|signatures?|support|backing|endorsement)\\s+(?:de|d['’]|of|from)\\s*(?:the\\s+)?${N}\\s+(?:(?:of\\s+the|des|de\\s+los|de\\s+las|dos|das|dei|degli|der)\\s+\\d{1,3}\\s+)?(?:[\\p{L}-]+\\s+)?(?:${STATES}|nações|naciones)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "Представители пяти стран заявили", "the ministers of the five states said": the counted
  // states, by their envoys, speaking as one.
  [
    new RegExp(
      `(?<![\\p{L}])(?:representatives|ministers|delegations|представители|министры|делегации|représentants|ministres|representantes|ministros|Vertreter|Minister)\\s+(?:of\\s+the\\s+|of\\s+|des\\s+|de\\s+los\\s+|der\\s+)?${N}\\s+(?:[\\p{L}-]+\\s+)?${STATES}\\s+(?:said|stated|declared|заявили|подтвердили|ont\\s+déclaré|déclarent|declararon|erklärten)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "In einem Schreiben an ihre Amtskollegen warnen acht Finanzminister", "In a joint letter,
  // nine leaders urge": the counted authors of the text the clause opens with.
  [
    new RegExp(
      `(?<![\\p{L}])(?:in\\s+(?:a|an|their)\\s+(?:joint\\s+|open\\s+)?(?:letter|statement|paper|declaration)|in\\s+(?:einem|ihrem)\\s+(?:gemeinsamen\\s+|offenen\\s+)?(?:Schreiben|Brief|Papier|Aufruf|Erklärung))[^.;:]{0,80}?\\s${N}\\s+(?:[\\p{L}-]*(?:ministers|minister|Minister)|leaders|heads\\s+of\\s+government|Regierungschefs|Staats-\\s+und\\s+Regierungschefs|${STATES})(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "Un grupo de seis países de América Latina suscribió una declaración conjunta": a counted
  // group, one subject, signing.
  [
    new RegExp(
      `(?<![\\p{L}])(?:group\\s+of|grupo\\s+de|groupe\\s+de|gruppo\\s+di|Gruppe\\s+von)\\s+${N}\\s+${STATES}(?:\\s+[^,.;:]{1,30}?)?\\s+(?:has\\s+)?(?:signed|issued|adopted|endorsed|suscribió|firmó|emitió|adoptó|a\\s+(?:signé|adopté|publié)|ha\\s+(?:firmato|sottoscritto|adottato)|hat\\s+(?:unterzeichnet|verabschiedet)|assinou|subscreveu|adotou)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "Fra i 25 ministri degli Esteri … che hanno apposto la firma a una dichiarazione", "the 25
  // foreign ministers who signed": the signers, counted by their office.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|i|gli|les|des|los|las|die|os|as)\\s+${N}\\s+${FOREIGN_MINISTERS}(?![\\p{L}])[^.;:]{0,100}?(?<![\\p{L}])(?:${SIGNED}|hanno\\s+(?:apposto\\s+la\\s+(?:propria\\s+)?firma|firmato|sottoscritto)|who\\s+signed|qui\\s+ont\\s+signé|que\\s+firmaron|die\\s+unterzeichnet\\s+haben)(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "the six countries jointly signed the Xi'an Declaration": the counted states, the subject.
  [
    new RegExp(
      `(?<![\\p{L}])(?:the|these|les|ces|los|estos|die|diese|i|gli|os|as)\\s+${N}\\s+(?:[\\p{L}-]+\\s+)?${STATES}\\s+(?:(?:have|had|also|jointly|together|ont|han)\\s+)*${SIGNED}(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
  // "the foreign ministers of five Central Asian states have signed".
  [
    new RegExp(
      `(?<![\\p{L}])(?:ministers|leaders|presidents|heads\\s+of\\s+(?:state|government))\\s+(?:of|from)\\s+(?:the\\s+)?${N}\\s+(?:[\\p{L}-]+\\s+){0,2}${STATES}[^.;:]{0,40}?(?<![\\p{L}])${SIGNED}(?![\\p{L}])`,
      'iu',
    ),
    0,
  ],
];

/** How many signers a sentence says there are, and the words that say so. */
export function statedCount(sentence: string): { count: number; index: number } | undefined {
  const two = TWO_COUNTS.exec(sentence) ?? COUNTED_TOGETHER.exec(sentence);
  const [first, second] = [two?.[1], two?.[2]].map((n) => (n ? numberWord(n) : undefined));
  if (two && first !== undefined && second !== undefined && first > 1 && second > 1) {
    return { count: first + second, index: two.index };
  }
  for (const [pattern, extra] of PATTERNS) {
    // "i quattro Paesi hanno diffuso": an article may take the number's place in a match, so a
    // match without a number is tried again from its next character.
    const global = new RegExp(pattern.source, 'giu');
    for (let m = global.exec(sentence); m; m = global.exec(sentence)) {
      const n = m[1] ? numberWord(m[1]) : undefined;
      if (n !== undefined && n > 1) return { count: n + extra, index: m.index };
      global.lastIndex = m.index + 1;
    }
  }
  return undefined;
}

// "Sem mencionar os EUA, 58 países condenam ataques", "25 Außenminister drängen auf Ende", "All
// 54 African nations demand urgent debate": a
// headline's or clause's counted subject taking its stand. Not a count of the signers a list
// names (a list beside it may be a part of them), but of the members of the groups it names.
const STANDING = new RegExp(
  `(?:^|[,:]\\s*)(?:(?:all|every\\s+one\\s+of\\s+the|todos\\s+los|tous\\s+les|alle)\\s+)?${N}\\s+(?:[\\p{L}-]+\\s+)?(?:${STATES}|(?:foreign\\s+)?ministers|Außenminister|ministres|cancilleres|ministros|ministri|министр\\p{L}*)\\s+(?:condemn|urge|call\\s+for|demand|reject|warn|denounce|condenam|pedem|exigem|rejeitam|condenan|piden|exigen|rechazan|condamnent|appellent|exigent|dénoncent|verurteilen|fordern|drängen|warnen|condannano|chiedono|осуждают|призывают|требуют)(?![\\p{L}])`,
  'iu',
);

/** How many states a sentence says take a stand, by a count at the head of its clause. */
export function standingCount(sentence: string): { count: number; index: number } | undefined {
  const m = STANDING.exec(sentence);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  return m && n !== undefined && n > 1 ? { count: n, index: m.index } : undefined;
}

const TWO_STATE_SOLUTION = '(?:soluzione|solución|solution|solução|verso|hacia|vers|rumo)';
const TWO_PARTIES = new RegExp(
  [
    '(?:the|both)\\s+two\\s+(?:countries|states|sides|parties|governments|ministers|foreign\\s+ministers|leaders|presidents|heads\\s+of\\s+state|nations|capitals)',
    'both\\s+(?:countries|sides|governments|nations)',
    '(?:unserer|unsere|die|der|den|ihrer)\\s+beiden\\s+(?:Staaten|Länder|Ländern|Regierungen|Seiten|Minister|Außenminister|Hauptstädte)',
    "(?:les|des|nos|leurs)\\s+deux\\s+(?:pays|États|gouvernements|parties|ministres|chefs\\s+d['’]État|présidents|capitales)",
    '(?:los\\s+dos|ambos)\\s+(?:países|gobiernos|Estados|cancilleres|presidentes|mandatarios|capitales)',
    '(?:i|dei|ai|tra\\s+i|entrambi\\s+i)\\s+due\\s+(?:Paesi|Governi|Stati|ministri|leader|presidenti|capitali|popoli)',
    '(?:os|dos|aos|entre\\s+os|ambos\\s+os)\\s+dois\\s+(?:países|governos|Estados|ministros|presidentes|líderes|capitais|povos)',
    '(?:обе|обеих|обоих|две|двух)\\s+(?:стран\\p{L}*|сторон\\p{L}*|государств\\p{L}*|министр\\p{L}*|лидер\\p{L}*|президент\\p{L}*|столиц\\p{L}*)',
  ]
    // "la solución de los dos Estados", "verso i due Stati": two states to be, not the parties.
    .map((p) => `(?<![\\p{L}])(?<!${TWO_STATE_SOLUTION}\\s+(?:\\p{L}{1,3}\\s+)?)${p}(?![\\p{L}])`)
    .join('|'),
  'iu',
);

/** Whether a sentence speaks of the two parties of a bilateral text: "the two ministers", "beide Seiten". */
export function namesTwoParties(sentence: string): boolean {
  return TWO_PARTIES.test(sentence);
}

// "the three countries", "des trois pays", "der drei Staaten", "трёх стран": the parties of a text
// named by how many they are, after a definite article (or in Russian, which has none).
const THE_N_STATES = new RegExp(
  `(?:(?<![\\p{L}])(?:the|des|les|los|las|der|die|den|dei|degli|dos|das)\\s+${N}|(?<![\\p{L}])(\\p{Script=Cyrillic}+))\\s+(?:${STATES}|ministers|ministres|ministros|Minister|министров|сторон)(?![\\p{L}])`,
  'giu',
);

// "les ambassadeurs des pays du quintette (A, B, C, D et E)": a group named by how many it is.
const NUMBERED_GROUPS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:trio|troïka|troika|тройк\p{L}*)(?![\p{L}])/iu, 3],
  [
    /(?<![\p{L}])(?:quartet(?:te)?|quatuor|Quartett|cuarteto|quarteto|quartetto|квартет\p{L}*)(?![\p{L}])/iu,
    4,
  ],
  [/(?<![\p{L}])(?:quint(?:et(?:te)?)?|quinteto|quintetto|Quintett|квинтет\p{L}*)(?![\p{L}])/iu, 5],
];

/**
 * How many parties a sentence about a joint text counts by a definite phrase ("a joint
 * communiqué of the foreign ministers of the three countries" is 3) or by its group's name ("the
 * quintet" is 5). Undefined without one.
 */
export function countedParties(
  sentence: string,
  isAboutText: (s: string) => boolean,
): number | undefined {
  if (!isAboutText(sentence)) return undefined;
  for (const m of sentence.matchAll(THE_N_STATES)) {
    const n = numberWord(m[1] ?? m[2] ?? '');
    if (n !== undefined && n >= 2 && n <= 12) return n;
  }
  return NUMBERED_GROUPS.find(([pattern]) => pattern.test(sentence))?.[1];
}

// "Trilateral Strategic Dialogue", "trilatéral", "трёхсторонний", "Quadrilateral": a meeting or
// text of three (four) parties.
const LATERAL: [RegExp, number][] = [
  [/(?<![\p{L}])(?:trilat[eé]ral\p{L}*|трёхсторонн\p{L}*|трехсторонн\p{L}*)/iu, 3],
  [/(?<![\p{L}])(?:quadrilat[eé]ral\p{L}*|четырёхсторонн\p{L}*|четырехсторонн\p{L}*)/iu, 4],
];

/** How many parties "trilateral" or "quadrilateral" gives a sentence, if it says either. */
export function lateralParties(sentence: string): number | undefined {
  return LATERAL.find(([pattern]) => pattern.test(sentence))?.[1];
}

// "Nordisches Acht-Staaten-Bündnis", "the eight-nation group", "a 12-country coalition": a group
// named by how many states it has.
const GROUP_OF_N = new RegExp(
  `${N}[-\\s](?:nation|country|state|member|Staaten|Länder|Nationen)[-\\s]?(?:group|grouping|alliance|coalition|bloc|Bündnis|Gruppe|Allianz|Koalition|Block)(?![\\p{L}])`,
  'iu',
);

/** How many states a group the sentence names by its size has ("the eight-nation alliance"). */
export function groupSize(sentence: string): number | undefined {
  const m = GROUP_OF_N.exec(sentence);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  return n !== undefined && n >= 2 ? n : undefined;
}

// "the 10 members of ASEAN", "ASEAN's ten member states", "the 10-member ASEAN", "los 12
// cancilleres de la Unasur": how many members the text gives the group.
const COUNT_OF_MEMBERS_BEFORE =
  /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+)(?:[-\s]member\s+|\s+(?:member\s+(?:states|countries|nations)|members|states|countries|nations|membres|miembros|membros|membri|Mitglieder|Mitgliedstaaten|leaders|(?:foreign\s+)?ministers|heads\s+of\s+state|presidents|cancilleres|presidentes|mandatarios|líderes|ministros|ministres|dirigeants|chefs\s+d['’]État|Außenminister)\s+(?:of\s+(?:the\s+)?|de\s+l['’]|de\s+la\s+|del\s+|de\s+|du\s+|des\s+|da\s+|do\s+|der\s+|dell['’]|della\s+)?)$/iu;
const COUNT_OF_MEMBERS_AFTER =
  /^['’]s\s+(\d{1,3}|\p{L}+)\s+(?:member\s+(?:states|countries|nations)|members)(?![\p{L}])/iu;

/** How many members the words around a group's name give it, as in "the 10 members of". */
export function membersCounted(before: string, after: string): number | undefined {
  // "the 10 members of the Association of South East Asian Nations (ASEAN)": past the long name.
  const lead = before
    .slice(-120)
    .replace(
      /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|the|on|de|du|des|et|del|la|los)\s+)*){1,8}\(\s*$/u,
      '',
    );
  const m = COUNT_OF_MEMBERS_BEFORE.exec(lead) ?? COUNT_OF_MEMBERS_AFTER.exec(after);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  return n !== undefined && n >= 2 ? n : undefined;
}
