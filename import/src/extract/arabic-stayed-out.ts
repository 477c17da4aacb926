import type { StateMention } from './script-names';

// "والهند ترفض البيان", "أعلنت الهند، وهي إحدى الدول الأعضاء، أنها لا توافق على ما تضمنه البيان",
// "لن تنضم", "لم توقّع": a state that rejects, or stays out of, the statement itself. Rejecting
// anything else ("ترفض التصريحات") is what signers do.
const STAYED_OUT =
  /^[^.؟!]{0,80}?(?<![\u0621-\u064a])(?:(?:ترفض|رفضت)\s+(?:ال)?(?:بيان|إعلان)|لن\s+تنضم|لم\s+تنضم|لم\s+توق\u0651?ع|امتنعت\s+عن\s+التوقيع|لا\s+توافق\s+على\s+(?:ما\s+(?:تضمنه|ورد\s+في)\s+)?(?:ال)?(?:بيان|إعلان))/u;

/**
 * The states an Arabic sentence says rejected or stayed out of the statement: the words follow
 * the state's name before any other state is named.
 */
export function arabicStayedOut(sentence: string, states: StateMention[]): string[] {
  return states.flatMap((state, i) => {
    const next = states[i + 1]?.start ?? sentence.length;
    return STAYED_OUT.test(sentence.slice(state.end, next)) ? [state.code] : [];
  });
}
