import { z } from 'zod';
import { ImportError } from '../errors';
import { closest, typoDistance } from './edit-distance';
import { loadReference } from './load-reference';
import { normalizeName } from './normalize-name';
import { nodeRowSchema } from './node-row-schema';

/** The registry's labels: the node kinds documents may name by id without defining them. */
export type RegistryLabel = 'Instrument' | 'Organization';

export type RegistryResolution = { id: string } | { candidates: string[] };

const entrySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  shortName: z.string().optional(),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});
export type RegistryEntry = z.infer<typeof entrySchema>;

type Registry = {
  entries: RegistryEntry[];
  ids: Map<string, RegistryEntry>;
  keys: Map<string, string>;
};

const FILES: Record<RegistryLabel, string> = {
  Instrument: 'instruments.yaml',
  Organization: 'organizations.yaml',
};

function names(entry: RegistryEntry): string[] {
  return [entry.id, entry.name, entry.shortName, entry.acronym, ...(entry.aliases ?? [])].filter(
    (n): n is string => n !== undefined,
  );
}

function build(label: RegistryLabel): Registry {
  const file = FILES[label];
  const entries = loadReference(file, z.array(nodeRowSchema(label).pipe(entrySchema)));
  const ids = new Map<string, RegistryEntry>();
  const keys = new Map<string, string>();
  const clash = (message: string) =>
    new ImportError({
      code: 'INVALID_REFERENCE_DATA',
      message: `import/reference/${file}: ${message}`,
    });
  for (const entry of entries) {
    if (ids.has(entry.id)) throw clash(`id ${entry.id} is listed twice`);
    ids.set(entry.id, entry);
    for (const key of new Set(names(entry).map(normalizeName))) {
      const owner = keys.get(key);
      // An alias shared by two entries could not be resolved; the table must settle it.
      if (owner && owner !== entry.id) throw clash(`"${key}" names both ${owner} and ${entry.id}`);
      keys.set(key, entry.id);
    }
  }
  return { entries, ids, keys };
}

const registries = new Map<RegistryLabel, Registry>();

function registry(label: RegistryLabel): Registry {
  const known = registries.get(label) ?? build(label);
  registries.set(label, known);
  return known;
}

/** Every entry of the registry of `label`, in file order. */
export function registryEntries(label: RegistryLabel): RegistryEntry[] {
  return registry(label).entries;
}

/** The registry entry with this id, if any. */
export function registryEntry(label: RegistryLabel, id: string): RegistryEntry | undefined {
  return registry(label).ids.get(id);
}

function resolve(label: RegistryLabel, name: string): RegistryResolution {
  const { keys } = registry(label);
  const key = normalizeName(name);
  const id = keys.get(key);
  if (id) return { id };
  return { candidates: closest(key, keys.entries(), { maxDistance: typoDistance(key) }) };
}

/**
 * The registry id of an instrument named by its id, full name, short name or an alias,
 * ignoring case, accents, punctuation and "the"; otherwise the closest ids.
 * @example resolveInstrument('the Palermo Protocol') // { id: 'untoc-trafficking-protocol' }
 */
export function resolveInstrument(name: string): RegistryResolution {
  return resolve('Instrument', name);
}

/**
 * The registry id of an organization named by its id, name, acronym or an alias.
 * @example resolveOrganization('UN Office on Drugs and Crime') // { id: 'unodc' }
 */
export function resolveOrganization(name: string): RegistryResolution {
  return resolve('Organization', name);
}
