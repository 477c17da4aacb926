import { z } from 'zod';
import { stateRows } from './countries';
import { loadReference } from './load-reference';

export type Member = string | { code: string; since?: string; until?: string };
export type GroupMembers = {
  id: string;
  names?: string[];
  organization?: string;
  /** Its members count only for a statement made on its behalf, not where it is named. */
  onlyWhenSpokenFor?: boolean;
  members: Member[];
};

function groupsSchema() {
  const known = new Set(stateRows().map((s) => s.code));
  const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a YYYY-MM-DD date');
  const code = z.string().refine((c) => known.has(c), 'expected a gazetteer alpha-3 code');
  const member = z.union([
    code,
    z.strictObject({ code, since: date.optional(), until: date.optional() }),
  ]);
  const group = z
    .strictObject({
      id: z.string().min(1),
      names: z.array(z.string().trim().min(1)).min(1).optional(),
      organization: z.string().min(1).optional(),
      onlyWhenSpokenFor: z.boolean().optional(),
      members: z.array(member).min(1),
    })
    .refine((g) => g.names !== undefined || g.organization !== undefined, {
      message: 'a group needs names or an organization id',
    });
  return z.array(group);
}

// "G-20", "G 20" and "g20" are one name.
const key = (name: string) => name.toLowerCase().replace(/[\s-]+/g, '');

let cached: GroupMembers[] | undefined;

/** The groups of import/reference/group-members.yaml. */
export function memberGroups(): GroupMembers[] {
  cached ??= loadReference('group-members.yaml', groupsSchema());
  return cached;
}

/** The group a name ("G-20") or a registry organization id ("asean") stands for. */
export function groupNamed(by: {
  name?: string;
  organization?: string;
  spokenFor?: boolean;
}): GroupMembers | undefined {
  const name = by.name === undefined ? undefined : key(by.name);
  return memberGroups().find(
    (g) =>
      (!g.onlyWhenSpokenFor || by.spokenFor === true) &&
      ((by.organization !== undefined && g.organization === by.organization) ||
        (name !== undefined && (g.names ?? []).some((n) => key(n) === name))),
  );
}

/** The members of `group` on a YYYY-MM-DD day, or its present members when `on` is null. */
export function membersOn(group: GroupMembers, on: string | null): string[] {
  return group.members.flatMap((member) => {
    if (typeof member === 'string') return [member];
    const joined = member.since === undefined || on === null || member.since <= on;
    const left = member.until !== undefined && (on === null || member.until <= on);
    return joined && !left ? [member.code] : [];
  });
}

/** Every state that has been a member of `group`, at any time. */
export function everMembers(group: GroupMembers): string[] {
  return [...new Set(group.members.map((m) => (typeof m === 'string' ? m : m.code)))];
}

/**
 * The members of `group` as a text reads them: on `on` (today when null), unless the text counts
 * them and the group had as many only earlier ("the 10 members of ASEAN" in an undated text
 * before Timor-Leste joined); then on the last day it had as many. `when` words the day for a
 * warning.
 */
export function membersAsCounted(
  group: GroupMembers,
  on: string | null,
  count: number | undefined,
): { members: string[]; day: string | null; when: string } {
  const members = membersOn(group, on);
  const counted =
    count === undefined || members.length === count ? undefined : dayWithCount(group, count);
  if (counted === undefined) return { members, day: on, when: on ? `on ${on}` : 'today' };
  return {
    members: membersOn(group, counted),
    day: counted,
    when: `on ${counted}, the last day it had as many as the text counts,`,
  };
}

/** The latest day `group` had `count` members; undefined when it never had, or has them today. */
function dayWithCount(group: GroupMembers, count: number): string | undefined {
  if (membersOn(group, null).length === count) return undefined;
  // The membership changes only on a member's first or last day: the day before each, too.
  const days = group.members.flatMap((m) =>
    typeof m === 'string' ? [] : [m.since, m.until].filter((d) => d !== undefined),
  );
  const dayBefore = (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 1);
    return date.toISOString().slice(0, 10);
  };
  return [...days, ...days.map(dayBefore)]
    .sort()
    .reverse()
    .find((day) => membersOn(group, day).length === count);
}
