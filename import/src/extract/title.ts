const QUOTED = '[“"«„]([^”"»“]{5,200})[”"»“]';
const PATTERNS = [
  new RegExp(
    `(?:titled(?:\\s+as)?|entitled|called|named|headlined|under\\s+the\\s+(?:title|heading)|под\\s+названием|озаглавленн\\p{L}*|intitulée?s?|titulad[ao]s?|con\\s+el\\s+título|mit\\s+dem\\s+Titel)\\s*:?\\s*${QUOTED}`,
    'iu',
  ),
  new RegExp(
    `(?:statement|declaration|communiqu[eé]|appeal|заявлени\\p{L}*|деклараци\\p{L}*|déclaration|declaración|Erklärung)\\s*,?\\s*${QUOTED}`,
    'iu',
  ),
  // "les trois dirigeants ont adopté la « Déclaration politique renouvelée … »": a quoted title
  // that is itself a statement's name, right after the verb that adopted it.
  new RegExp(
    `(?<![\\p{L}])(?:adopt|sign|approv|endors|issu|firm|suscri|assin|sottoscri|unterzeichn|verabschied|подпис|принял|приня)\\p{L}*\\s+(?:\\p{L}{1,3}['’]?\\s*)?[“"«„]\\s*((?:Joint\\s+|Common\\s+)?(?:Declaration|Statement|Communiqu|Déclaration|Declaración|Declaração|Dichiarazione|Erklärung|Деклараци|Заявлени|Коммюнике)[^”"»“]{3,200})[”"»“]`,
    'iu',
  ),
];

/** The title a sentence gives a statement: "titled “…”", "the declaration «…»". */
export function quotedTitle(sentence: string): { title: string; index: number } | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(sentence);
    const title = m?.[1]?.trim().replace(/[.,;:]$/, '');
    if (m && title && /\p{Lu}/u.test(title.charAt(0))) return { title, index: m.index };
  }
  return undefined;
}

// "Joint Statement on …", "Joint E10 Press Stakeout", "Joint Nordic Statement".
const HEADING =
  /^(?:[\p{Lu}][\p{L}\p{N}.'’-]*\s+){0,3}(?:(?:Joint|Trilateral|Bilateral|Final)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}-]*\s+){0,3}?(?:Statement|Declaration|Communiqu[eé]|Memorandum|Press\s+(?:Stakeout|Statement))|Memorandum\s+of\s+Understanding|(?:Joint\s+|Open\s+)?Letter\s+(?:to|from|on)|(?:Statement|Declaration)\s+(?:on|of|by|at|for)|Совместное\s+(?:заявление|коммюнике)|Заявление|Декларация|Déclaration|Communiqué\s+(?:conjoint|commun)|Declaración|Comunicado\s+conjunto|Gemeinsame\s+(?:Erklärung|Stellungnahme))(?![\p{L}])/iu;

// "Human Rights Council 51st session - Core Group joint statement on Sri Lanka": the statement's
// name after the meeting's, past a dash or a colon.
const AFTER_MEETING =
  /[-–—:|]\s+(?:[\p{Lu}][\p{L}\p{N}-]*\s+){0,3}joint\s+(?:statement|declaration|communiqu[eé])(?![\p{L}])/iu;

/** A heading line that names a statement: "Joint Statement on …". */
export function isStatementHeading(line: string, words: number): boolean {
  return words <= 25 && !/[.!?]$/.test(line) && (HEADING.test(line) || AFTER_MEETING.test(line));
}
