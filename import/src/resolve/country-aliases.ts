import { z } from 'zod';
import { loadReference } from './load-reference';

const countryAliasesSchema = z.record(
  z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code'),
  z.array(z.string().trim().min(1)),
);

let cached: Record<string, string[]> | undefined;

/** The hand-kept aliases of import/reference/country-aliases.yaml, by alpha-3 code. */
export function countryAliases(): Record<string, string[]> {
  cached ??= loadReference('country-aliases.yaml', countryAliasesSchema);
  return cached;
}
