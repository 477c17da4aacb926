import { provenanceProperties } from '@treatygraph/schema';
import type { RelationshipRecord } from '../records';

/** A text property of a relationship, or null. */
export function relationshipString(rel: RelationshipRecord, name: string): string | null {
  const value = rel[name];
  return typeof value === 'string' ? value : null;
}

/** An integer property of a relationship, or null. */
export function relationshipInt(rel: RelationshipRecord, name: string): number | null {
  const value = rel[name];
  return typeof value === 'number' ? value : null;
}

/** The relationship itself when it carries any provenance, else null (no empty Evidence). */
export function evidenceOf(rel: RelationshipRecord): RelationshipRecord | null {
  const present = Object.keys(provenanceProperties).some((name) => rel[name] != null);
  return present ? rel : null;
}
