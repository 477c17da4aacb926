import type { Analysed } from './analysed';

const W = '(?<![\\p{L}])';

// "Nearly 40 nations urge China to respect …", "We call on China to grant …": the verb of an
// appeal right before the state it is made to.
const APPEAL_TO = new RegExp(
  `${W}(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\\s+(?:on|upon)|press(?:es|ed|ing)?|appeal(?:s|ed|ing)?\\s+to|призыва\\p{L}*|призвали|exhort\\p{L}*|appell\\p{L}*\\s+(?:à|a)|inst\\p{L}*\\s+a|exig\\p{L}*\\s+a|fordern|forderten)\\s+(?:(?:the|la|le|l['’]|el|die|den)\\s*)?$`,
  'iu',
);
// Who makes the appeal: "We …", or the statement itself ("the declaration urged").
const SPEAKER =
  /^[\s"“„«']*(?:we|nous|nosotros|wir|мы)(?![\p{L}])|(?<![\p{L}])(?:statement|declaration|letter|appeal|communiqu[eé]|déclaration|declaración|Erklärung|заявлени\p{L}*)(?![\p{L}])/iu;

/**
 * The states a statement appeals to, in its headline or in its own words ("We call on China
 * to …"): they are whom it speaks to, never among its signers.
 */
export function addressees(all: Analysed[], headline: Analysed | undefined): Set<string> {
  const codes = new Set<string>();
  for (const a of all) {
    const text = a.sentence.text;
    if (a !== headline && !SPEAKER.test(text)) continue;
    for (const item of a.items) {
      const code = item.kind === 'state' ? item.mention?.ids[0] : undefined;
      if (code && APPEAL_TO.test(text.slice(Math.max(0, item.start - 40), item.start))) {
        codes.add(code);
      }
    }
  }
  return codes;
}
