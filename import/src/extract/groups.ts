import { memberGroups } from '../resolve/group-members';

/** A named group of states, or a signer that is no state and not in the registry. */
export type NamedSpan = { kind: 'group' | 'non-state'; name: string; start: number; end: number };

// Informal groups a statement may speak for. Their names hold state names ("the Group of 77
// and China") that are not signatories on their own.
const GROUPS = [
  /\bGroup of 77 and China\b/gu,
  /\b(?:Core |Like-[Mm]inded )?Group of (?:Friends|\d+|[\p{Lu}][\p{L}-]*)(?:\s+(?:of|on|for|in|against|to|the|United|[\p{Lu}][\p{L}-]*)(?=[\s,.;:)]|$))*/gu,
  /\b(?:[\p{Lu}][\p{L}-]*\s+){1,3}Group\b/gu,
  /\bNon-Aligned Movement\b|\bG-?77\b/gu,
  /(?<!\p{L})Групп\p{L}* друзей/gu,
  /\bGroupe des amis(?:\s+[\p{L}'’-]+){0,6}?(?=[,.;:]|$)/gu,
  /\bGrupo de Amigos(?:\s+[\p{L}-]+){0,6}?(?=[,.;:]|$)/gu,
  // "le Groupe des 5 (Égypte, Qatar, …)", "el Grupo de los Siete", "die Gruppe der Sieben".
  /(?<!\p{L})(?:Groupe\s+des?|Grupo\s+de(?:\s+los)?|Gruppe\s+der|Gruppo\s+de[il])\s+(?:\d+|[\p{Lu}][\p{L}-]*)(?!\p{L})/gu,
];

const NON_STATES = [/\bSovereign (?:Military )?Order of Malta\b/gu];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let listed: RegExp | undefined;

// The names of import/reference/group-members.yaml, as written there, any spaces or hyphens
// inside; a name of several words with a capital or small first letter (a title, running text).
function listedGroups(): RegExp {
  listed ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${memberGroups()
      .flatMap((g) => g.names ?? [])
      // "MERCOSUR", a title's "PACIFIC ALLIANCE": a long enough name also in capitals.
      .flatMap((name) => (name.length >= 5 ? [name, name.toUpperCase()] : [name]))
      .sort((a, b) => b.length - a.length)
      .map((name) => {
        const [first = '', ...rest] = [...name];
        // One word ("Quad", "AES") only as written: in small letters it is an ordinary word.
        const initial = /\s/u.test(name)
          ? `[${escape(first.toUpperCase())}${escape(first.toLowerCase())}]`
          : escape(first);
        const pattern =
          initial + rest.map((c) => (/[\s-]/u.test(c) ? '[\\s-]*' : escape(c))).join('');
        // "the African group", "le Groupe africain": a regional group's noun in either case.
        return pattern.replace(/G(r(?:oupe?|upo|uppo))$/u, '[Gg]$1');
      })
      .join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return listed;
}

// A group name ends on a name word, not on "of", "the" or "against".
function trimmed(name: string): string {
  return name.replace(/(?:\s+(?:of|on|for|in|against|to|the))+$/u, '');
}

/** The group names and non-state signers in `text`, left to right, without overlaps. */
export function namedSpans(text: string): NamedSpan[] {
  const spans: NamedSpan[] = [];
  const patterns: [NamedSpan['kind'], RegExp[]][] = [
    ['non-state', NON_STATES],
    ['group', [...GROUPS, listedGroups()]],
  ];
  for (const [kind, list] of patterns) {
    for (const pattern of list) {
      for (const m of text.matchAll(pattern)) {
        const name = trimmed(m[0].replace(/^the\s+/i, '')).trim();
        const start = m.index + m[0].indexOf(name);
        const end = start + name.length;
        if (spans.some((s) => start < s.end && end > s.start)) continue;
        spans.push({ kind, name, start, end });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
