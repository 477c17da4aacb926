import { describe, expect, it } from 'vitest';
import { arabicStates } from './arabic-names';
import { arabicStayedOut } from './arabic-stayed-out';

const out = (sentence: string) => arabicStayedOut(sentence, arabicStates(sentence));

describe('arabicStayedOut', () => {
  it.each([
    ['وأعلنت الهند، وهي إحدى الدول الأعضاء، أنها لا توافق على ما تضمنه البيان.', ['IND']],
    // Each state of a run, not only the last one before the words.
    ['على الرغم من أن 3 دول، هي لبنان والعراق والجزائر، لم توافق عليه.', ['LBN', 'IRQ', 'DZA']],
    ['في حين أعلن كل من لبنان والعراق عدم موافقتهم على هذه الخطوة.', ['LBN', 'IRQ']],
    ['أصدرت مصر والأردن بياناً مشتركاً، ومصر ترفض التصريحات الأخيرة.', []],
  ])('%s', (sentence, codes) => {
    expect(out(sentence)).toEqual(codes);
  });
});
