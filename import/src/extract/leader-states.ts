import { z } from 'zod';
import { stateRows } from '../resolve/countries';
import { loadReference } from '../resolve/load-reference';

function leadersSchema() {
  const known = new Set(stateRows().map((s) => s.code));
  const code = z.string().refine((c) => known.has(c), 'expected a gazetteer alpha-3 code');
  const names = z.array(z.string().trim().min(2)).min(1);
  return z.array(
    z.strictObject({
      state: code,
      familyFirst: z.boolean().optional(),
      alone: names.optional(),
      names: names.optional(),
    }),
  );
}

type Leaders = {
  /** A whole name, as texts write it: "Mette Frederiksen", "S. Jaishankar". */
  whole: Map<string, string>;
  /** A surname's states, and whether it stands for its state without a title before it. */
  surnames: Map<string, { states: Set<string>; alone: boolean }>;
};

const PARTICLE = /^(?:van|von|de|der|den|del|della|di|da|do|dos|le|la|bin|al|el)$/iu;

// "Jean-Yves Le Drian" is Le Drian, "Abdel Fattah al-Sisi" is al-Sisi and Sisi, "Xi Jinping" Xi.
function surnamesOf(name: string, familyFirst: boolean): string[] {
  const words = name.split(' ');
  if (familyFirst) return [words[0] ?? name];
  const particle = words.findIndex((w, i) => i > 0 && PARTICLE.test(w));
  const last = words[words.length - 1] ?? name;
  const prefixed = /^(?:al|el)-(\p{Lu}.+)$/u.exec(last);
  return [
    particle > 0 ? words.slice(particle).join(' ') : last,
    ...(prefixed?.[1] ? [prefixed[1]] : []),
  ];
}

let cached: Leaders | undefined;

function leaders(): Leaders {
  if (cached) return cached;
  const whole = new Map<string, string>();
  const surnames: Leaders['surnames'] = new Map();
  for (const entry of loadReference('leaders.yaml', leadersSchema())) {
    const named = [
      ...(entry.alone ?? []).map((name) => ({ name, alone: true })),
      ...(entry.names ?? []).map((name) => ({ name, alone: false })),
    ];
    for (const { name, alone } of named) {
      whole.set(name, entry.state);
      for (const surname of surnamesOf(name, entry.familyFirst === true)) {
        const known = surnames.get(surname) ?? { states: new Set<string>(), alone: true };
        known.states.add(entry.state);
        known.alone &&= alone;
        surnames.set(surname, known);
      }
    }
  }
  cached = { whole, surnames };
  return cached;
}

/**
 * The state of the leader of import/reference/leaders.yaml a name's words stand for: a whole
 * name ("Mette Frederiksen"), a surname after a title (`titled`: "Chancellor Merz"), or a
 * distinctive surname alone ("Macron"); undefined for anyone else, or a surname two states share.
 */
export function leaderState(tokens: string[], titled: boolean): string | undefined {
  const { whole, surnames } = leaders();
  const name = tokens.join(' ');
  const code = whole.get(name);
  if (code) return code;
  for (let k = Math.min(3, tokens.length); k >= 1; k -= 1) {
    const surname = surnames.get(tokens.slice(-k).join(' '));
    if (!surname || surname.states.size !== 1 || (!titled && !surname.alone)) continue;
    // A first name the table does not give is someone else's: "Maria Merz".
    if (k < tokens.length) return undefined;
    return [...surname.states][0];
  }
  return undefined;
}
