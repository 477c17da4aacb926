import { OPPOSED_TEXT, OTHER_TEXT } from './list-cues';

const FIRST_PERSON = /(?<![\p{L}])(?:we|I|our|мы|nous|nosotros|wir)(?![\p{L}])/iu;
// An operative paragraph of a council's decision, whose subject is the council itself: "1.
// Takes note of the statements made by …", "Accueille avec satisfaction la déclaration de …".
const OPENS_CLAUSE = /^[\s"“«(]*(?:\d{1,3}[.)]\s*)?(?:[\p{L}]+\s+){0,3}$/u;

/**
 * The words of `lead` that make the list after them the authors of a text the statement speaks
 * of ("we welcome the joint statement issued by", "1. Takes note of the statements made by the
 * representatives of … namely"), not its signers; undefined when it says no such thing.
 */
export function otherTextLead(lead: string): string | undefined {
  const opposed = OPPOSED_TEXT.exec(lead);
  if (opposed) return opposed[0];
  const other = OTHER_TEXT.exec(lead);
  if (!other) return undefined;
  const before = lead.slice(0, other.index);
  return FIRST_PERSON.test(before) || OPENS_CLAUSE.test(before) ? other[0] : undefined;
}

/**
 * Whether `lead` has the signers, in the first person, welcome or note another's text ("We note
 * with appreciation the statement delivered by"): who that text is by signs none of this one.
 */
export function weSpeakOfOtherText(lead: string): boolean {
  const other = OTHER_TEXT.exec(lead);
  return other !== null && FIRST_PERSON.test(lead.slice(0, other.index));
}
