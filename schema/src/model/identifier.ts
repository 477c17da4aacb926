import { slugify } from '../derive/ids';

/**
 * Catalogues that number instruments: `untc` is the UN Treaty Collection's MTDSG number
 * (`IV-11`, `XVIII-12-a`), `ggo` the Global Governance Observatory's treatyID (`RGHTSC_1989A`).
 */
export const identifierSchemes = ['untc', 'ggo'] as const;
export type IdentifierScheme = (typeof identifierSchemes)[number];
export type Identifier = { scheme: IdentifierScheme; value: string };

/**
 * How an identifier is stored in `Instrument.identifiers`: `scheme:value`. One string per
 * identifier keeps the instrument one node and its identifiers one indexed list.
 * @example identifierKey({ scheme: 'untc', value: 'IV-11' }) // 'untc:IV-11'
 */
export function identifierKey(identifier: Identifier): string {
  return `${identifier.scheme}:${identifier.value}`;
}

/**
 * The id an instrument known only by its catalogue number gets: the scheme and the number's
 * slug, the same whichever source (a dataset folder, a pasted status page) creates it.
 * @example catalogueInstrumentId({ scheme: 'untc', value: 'IV-15' }) // 'untc-iv-15'
 */
export function catalogueInstrumentId(identifier: Identifier): string {
  return `${identifier.scheme}-${slugify(identifier.value, 80)}`;
}

/** The identifier a stored `scheme:value` string names; undefined for an unknown scheme. */
export function parseIdentifierKey(key: string): Identifier | undefined {
  const colon = key.indexOf(':');
  const scheme = key.slice(0, colon);
  const value = key.slice(colon + 1);
  if (colon < 0 || value === '') return undefined;
  return (identifierSchemes as readonly string[]).includes(scheme)
    ? { scheme: scheme as IdentifierScheme, value }
    : undefined;
}
