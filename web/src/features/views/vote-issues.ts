/** The roll-call topics the API filters on: each code's name, as its `rollCallIssues` lists them. */
export type VoteIssues = ReadonlyMap<string, string>;

/** A topic code's name; an unknown code (a hand-edited link) is shown as it is. */
export const issueName = (issues: VoteIssues, code: string): string => issues.get(code) ?? code;
