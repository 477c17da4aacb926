import type { StateMention } from './script-names';
import { runsSaidToStayOut } from './stayed-out-runs';

// "والهند ترفض البيان", "العراق يرفض ما ورد في البيان", "العراق يرفض مضمون البيان", "أعلن
// العراق رفضه للصيغة التي خرج بها البيان", "أعلن العراق رفضه لصياغة البيان", "أعلنت الهند، وهي
// إحدى الدول الأعضاء، أنها لا توافق على ما تضمنه البيان", "لن تنضم", "لم توقّع", "والعراق
// يعترض": a state that rejects, or stays out of, the statement itself. Rejecting anything else
// ("ترفض التصريحات") is what signers do.
const STAYED_OUT =
  /^[^.؟!]{0,80}?(?<![\u0621-\u064a])(?:(?:[يت]رفض|رفضت?)\s+(?:ما\s+ورد\s+في\s+|(?:مضمون|نص|صيغة)\s+)?(?:ال)?(?:بيان|إعلان)|رفض(?:ه|ها)?\s+ل(?:ال)?(?:(?:صياغة|صيغة)(?:\s+[\u0621-\u064a]+){0,3}?\s+)?(?:ال)?(?:بيان|إعلان)|لن\s+تنضم|لم\s+تنضم|لم\s+توق\u0651?ع|امتنعت\s+عن\s+التوقيع|لم\s+(?:توافق|يوافق|توافقا|يوافقوا)|عدم\s+موافقت|تحفظت\s+على|تتحفظ(?:ان|ون)?\s+على|تحفظ(?:ها|هما|هم)\s+على|[يت]?عترض|اعترض(?:ت)?|لا\s+توافق\s+على\s+(?:ما\s+(?:تضمنه|ورد\s+في)\s+)?(?:ال)?(?:بيان|إعلان))/u;

const JOINED = /^[\s،,]*$/u;
// "مجلس الاتحاد الأوروبي باستثناء المجر", "من دون المجر": the state a group's text is without.
// "ولم تحضر الإمارات العربية هذا الاجتماع", "وغابت سوريا عن الاجتماع": the verb of staying away
// first.
const EXCEPT_BEFORE =
  /(?<![\u0621-\u064a])(?:ب?استثناء|ما\s+عدا|عدا|من\s+دون|بدون|دون|[وف]?غابت?|[وف]?(?:لم|لن)\s+(?:تحضر|يحضر|تشارك|يشارك|توقع|يوقع|توق\u0651ع|يوق\u0651ع|تنضم|ينضم))\s*$/u;

/**
 * The states an Arabic sentence says rejected or stayed out of the statement: the words follow
 * the state's name before any other state is named; or the state follows "except".
 */
export function arabicStayedOut(sentence: string, states: StateMention[]): string[] {
  const excepted = states.filter((state) =>
    EXCEPT_BEFORE.test(sentence.slice(Math.max(0, state.start - 20), state.start)),
  );
  // "لبنان والعراق والجزائر، لم توافق عليه": the words after a run of names are said of all.
  const said = runsSaidToStayOut(sentence, states, {
    joined: JOINED,
    out: (after) => STAYED_OUT.test(after),
  });
  return [...excepted.map((state) => state.code), ...said];
}
