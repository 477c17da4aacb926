import type { StateMention } from './script-names';

/**
 * The states of each run of names (joined by `joined`) that the words after the run, up to the
 * next name, say stayed out.
 */
export function runsSaidToStayOut(
  sentence: string,
  states: StateMention[],
  says: { joined: RegExp; out: (after: string) => boolean },
): string[] {
  const out: string[] = [];
  let run: string[] = [];
  states.forEach((state, i) => {
    run.push(state.code);
    const next = states[i + 1];
    const after = sentence.slice(state.end, next?.start ?? sentence.length);
    if (next && says.joined.test(after)) return;
    if (says.out(after)) out.push(...run);
    run = [];
  });
  return out;
}
