import countries from 'world-countries';
import { z } from 'zod';
import { loadReference } from '../resolve/load-reference';
import { stateRows } from '../resolve/countries';

const codeSchema = z.string().regex(/^[A-Z]{3}$/);
const successorSchema = z.strictObject({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  code: codeSchema,
  name: z.string().min(1).optional(),
  note: z.string().min(1),
});
const entrySchema = z.strictObject({
  code: codeSchema,
  name: z.string().min(1).optional(),
  note: z.string().min(1),
  successors: z.array(successorSchema).optional(),
});

/** A State row for a code the vote data needs: the gazetteer's, or a historical entity's. */
export type VoterStateRow = { code: string; name: string; unMember?: string } & Record<
  string,
  unknown
>;

export type VoterResolver = {
  /** The alpha-3 code of a current ISO 3166-1 alpha-2 code. */
  iso(alpha2: string): string | undefined;
  /**
   * The alpha-3 code of a voter ISO does not list, by the dataset's country name and the roll
   * call's date (a successor takes over the name from its `from` date).
   */
  entity(country: string, date: string): string | undefined;
  /** The State row of a resolved code. */
  stateRow(code: string): VoterStateRow | undefined;
};

let cached: VoterResolver | undefined;

/**
 * Resolves the voters of the UN General Assembly vote data: ISO 3166-1 alpha-2 codes through
 * the gazetteer, and the entities ISO no longer lists or never coded through
 * `reference/vote-entities.yaml` by the dataset's country name.
 */
export function voterResolver(): VoterResolver {
  if (cached) return cached;
  const entities = loadReference('vote-entities.yaml', z.record(z.string(), entrySchema));
  const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const rows = new Map<string, VoterStateRow>(stateRows().map((row) => [row.code, row]));
  for (const entry of Object.values(entities).flatMap((e) => [e, ...(e.successors ?? [])])) {
    if (rows.has(entry.code)) continue;
    if (!entry.name) throw new Error(`vote-entities.yaml: ${entry.code} needs a name`);
    rows.set(entry.code, { code: entry.code, name: entry.name, aliases: [], unMember: 'none' });
  }
  cached = {
    iso: (alpha2) => alpha3.get(alpha2),
    entity: (country, date) => {
      const entry = entities[country];
      if (!entry) return undefined;
      const successor = (entry.successors ?? []).filter((s) => s.from <= date).at(-1);
      return (successor ?? entry).code;
    },
    stateRow: (code) => rows.get(code),
  };
  return cached;
}
