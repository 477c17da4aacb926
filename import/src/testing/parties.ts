import type { ImportDocument } from '@treatygraph/schema';

/** A document's PARTY_TO rows, without the COVERS row a status table also carries. */
export function parties(document: ImportDocument): ImportDocument['relationships'] {
  return document.relationships.filter((r) => r.type === 'PARTY_TO');
}

/** A document's ORGANIZATION_PARTY_TO rows (the European Union's, for one). */
export function organizationParties(document: ImportDocument): ImportDocument['relationships'] {
  return document.relationships.filter((r) => r.type === 'ORGANIZATION_PARTY_TO');
}
