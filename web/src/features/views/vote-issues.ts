/**
 * The roll-call topics the API filters on, by code, as its `issue` arguments describe them (the
 * web may not import the model; `vote-issues.test.ts` checks this list against the SDL).
 */
export const VOTE_ISSUES: Readonly<Record<string, string>> = {
  me: 'Palestinian conflict',
  nu: 'Nuclear weapons and nuclear material',
  di: 'Arms control and disarmament',
  hr: 'Human rights',
  co: 'Colonialism',
  ec: 'Economic development',
};

/** A topic code's name; an unknown code (a hand-edited link) is shown as it is. */
export const issueName = (code: string): string => VOTE_ISSUES[code] ?? code;
