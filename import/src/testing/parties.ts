import type { ImportDocument } from '@treatygraph/schema';

/** A document's PARTY_TO rows, without the COVERS row a status table also carries. */
export function parties(document: ImportDocument): ImportDocument['relationships'] {
  return document.relationships.filter((r) => r.type === 'PARTY_TO');
}
