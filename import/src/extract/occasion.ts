const PATTERNS = [
  /(?<![\p{L}])(?:World|International|Global|Universal)(?:[ \t]+[\p{Lu}][\p{L}-]*){0,4}[ \t]+Day(?:[ \t]+(?:of|for|against|on|to|the|and|in)|[ \t]+[\p{Lu}][\p{L}-]*)*/u,
  /(?<![\p{L}])(?:Всемирн|Международн)\p{L}*\s+дн\p{L}*(?:\s+[\p{L}-]+){1,6}/u,
  /(?<![\p{L}])Journée\s+(?:mondiale|internationale)(?:\s+[\p{L}'’-]+){1,8}/iu,
  /(?<![\p{L}])Día\s+(?:Mundial|Internacional)(?:\s+[\p{L}-]+){1,8}/iu,
  /(?<![\p{L}])(?:Welttag|Internationaler\s+Tag)(?:\s+[\p{L}-]+){1,6}/u,
];

// "on the occasion of …": whatever the statement marks, when it is no named day.
const OCCASION_OF =
  /(?<![\p{L}])(?:on\s+the\s+occasion\s+of|по\s+случаю|à\s+l['’]occasion\s+d[eu']|con\s+motivo\s+de(?:l)?|anlässlich)\s+(?:the\s+)?([^,.;:\n]{5,80})/iu;

/**
 * What a statement marks: a named day ("World Day Against Trafficking in Persons"), else what
 * it was issued "on the occasion of".
 */
export function findOccasion(sentence: string): { occasion: string; index: number } | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(sentence);
    if (!m) continue;
    const occasion = m[0].replace(/(?:\s+(?:of|for|against|on|to|the|and|in))+$/u, '').trim();
    return { occasion, index: m.index };
  }
  const m = OCCASION_OF.exec(sentence);
  const occasion = m?.[1]?.trim();
  return m && occasion ? { occasion, index: m.index } : undefined;
}
