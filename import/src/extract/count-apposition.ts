import { numberWord } from './counts';

// "The 11 countries — A, B, … and K — said", "The five countries – the United States, …", "Les
// trois pays (A, B et C) ont", "Los 5 países: A, …", "ainsi que 19 autres donateurs (A, …)": a
// list set beside the count of the group it names, which the sentence is about.
const COUNTED_GROUP = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,3}|[\\p{L}]+(?:-[\\p{L}]+)?)\\s+(?:(?:other|autres|otros|otras|outros|altri|weitere|anderen|других)\\s+)?(?:countries|states|nations|governments|signatories|donors|pays|États|gouvernements|signataires|donateurs|bailleurs|países|Estados|gobiernos|firmantes|donantes|Länder|Staaten|Regierungen|Unterzeichner|Geber(?:länder)?|стран\\p{L}*|государств\\p{L}*)\\s*(?:[—–:-]\\s*(?:(?:the|la|le|les|el|los|las|die|der)\\s+)?|\\(\\s*)$`,
  'iu',
);

/**
 * The weight of a list set in apposition to a count of states that matches its length: such a
 * list names the group the count stands for, the subject of what it says or signs; undefined
 * when the lead ends in no count or the count is another number.
 */
export function countApposition(lead: string, states: number): [number, string] | undefined {
  const m = COUNTED_GROUP.exec(lead);
  const n = m?.[1] ? numberWord(m[1]) : undefined;
  if (!m || n !== states) return undefined;
  return [4, `set beside '${m[0].trim()}', the count of its ${states} names`];
}
