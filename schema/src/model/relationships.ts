import { prop, type PropertySpec } from './property';

export const consentTypes = [
  'ratification',
  'accession',
  'acceptance',
  'approval',
  'succession',
  'definitive_signature',
  'formal_confirmation',
  'participation',
  'simplified_procedure',
] as const;

export type RelationshipKind = {
  /** Neo4j relationship type. */
  type: string;
  description: string;
  from: string;
  to: string;
  /** Field name on the `from` side, for example State.signed. */
  forward: string;
  /** Field name on the `to` side, for example Declaration.signatories. */
  reverse: string;
  /** Whether it states a fact that needs a source (every one but structural links). */
  provenance: boolean;
  /**
   * Properties that tell apart several relationships of this type between the same two nodes
   * (MERGE matches on them); without one there is one relationship per pair.
   */
  mergeKey?: string[];
  properties: Record<string, PropertySpec>;
};

export function defineRelationship(kind: RelationshipKind): RelationshipKind {
  return kind;
}

export const SIGNED = defineRelationship({
  type: 'SIGNED',
  description: 'A state adopted, signed or joined a declaration.',
  from: 'State',
  to: 'Declaration',
  forward: 'signed',
  reverse: 'signatories',
  provenance: true,
  properties: {
    signedOn: prop.date('Date the state joined, when it differs from the adoption date.'),
  },
});

/**
 * Non-state signatories (the European Union, an international organization) sign declarations
 * too. A type of its own, not a second `from` label on SIGNED: every relationship kind has one
 * pair of endpoint labels, from which the import format, MERGE statements and traversals derive.
 */
export const ORGANIZATION_SIGNED = defineRelationship({
  type: 'ORGANIZATION_SIGNED',
  description:
    'A non-state signatory, such as the European Union, adopted, signed or joined a declaration.',
  from: 'Organization',
  to: 'Declaration',
  forward: 'signed',
  reverse: 'nonStateSignatories',
  provenance: true,
  properties: {
    signedOn: prop.date('Date the organization joined, when it differs from the adoption date.'),
  },
});

export const REFERENCES = defineRelationship({
  type: 'REFERENCES',
  description: 'A declaration cites an instrument.',
  from: 'Declaration',
  to: 'Instrument',
  forward: 'references',
  reverse: 'referencedBy',
  provenance: true,
  properties: {},
});

export const SUPPORTS = defineRelationship({
  type: 'SUPPORTS',
  description: 'A declaration expresses support for an organization.',
  from: 'Declaration',
  to: 'Organization',
  forward: 'organizations',
  reverse: 'supportedBy',
  provenance: true,
  properties: {
    role: prop.string('The role supported, for example coordinator of ICAT.'),
  },
});

export const SUPPLEMENTS = defineRelationship({
  type: 'SUPPLEMENTS',
  description: 'An instrument supplements another, as a protocol supplements its convention.',
  from: 'Instrument',
  to: 'Instrument',
  forward: 'supplements',
  reverse: 'supplementedBy',
  provenance: true,
  properties: {},
});

export const PARTY_TO = defineRelationship({
  type: 'PARTY_TO',
  description: 'A state signed an instrument or consented to be bound by it.',
  from: 'State',
  to: 'Instrument',
  forward: 'partyTo',
  reverse: 'parties',
  provenance: true,
  properties: {
    signedOn: prop.date('Date of signature.'),
    consentOn: prop.date('Date consent to be bound was given.'),
    consentType: prop.enumOf(consentTypes)('How consent was given.'),
    withdrawnOn: prop.date('Date the withdrawal took effect.'),
    inForceOn: prop.date(
      'Date the instrument entered into force for the state, when the source gives it.',
    ),
  },
});

/**
 * An organization's participation (the European Union, an organization acceding to a
 * convention), decided from its claims by the same rule as a state's.
 */
export const ORGANIZATION_PARTY_TO = defineRelationship({
  ...PARTY_TO,
  type: 'ORGANIZATION_PARTY_TO',
  description:
    'An organization, such as the European Union, signed an instrument or consented to be bound by it.',
  from: 'Organization',
  reverse: 'organizationParties',
});

export const COORDINATES = defineRelationship({
  type: 'COORDINATES',
  description: 'An organization coordinates another, as UNODC coordinates ICAT.',
  from: 'Organization',
  to: 'Organization',
  forward: 'coordinates',
  reverse: 'coordinatedBy',
  provenance: true,
  properties: {},
});

export const MEMBER_OF = defineRelationship({
  type: 'MEMBER_OF',
  description: 'A state belongs to an informal group.',
  from: 'State',
  to: 'Group',
  forward: 'groups',
  reverse: 'members',
  provenance: true,
  properties: {},
});

export const SPEAKS_FOR = defineRelationship({
  type: 'SPEAKS_FOR',
  description: 'A declaration was issued in the name of a group.',
  from: 'Declaration',
  to: 'Group',
  forward: 'group',
  reverse: 'declarations',
  provenance: true,
  properties: {},
});

export const REPORTED_IN = defineRelationship({
  type: 'REPORTED_IN',
  description: 'A declaration is reported in a source.',
  from: 'Declaration',
  to: 'Source',
  forward: 'sources',
  reverse: 'reports',
  provenance: false,
  properties: {},
});

/**
 * How a source declares what its participation table for an instrument covers. Only a table
 * marked complete lets a state's absence from it mean "not party"; without one, a state with no
 * PARTY_TO record has no record, whatever other states the source lists.
 */
export const COVERS = defineRelationship({
  type: 'COVERS',
  description:
    'A source holds a participation table for an instrument, as at a date (`asOf`), complete or not.',
  from: 'Source',
  to: 'Instrument',
  forward: 'covers',
  reverse: 'coveredBy',
  provenance: false,
  properties: {
    complete: prop.boolean(
      'Whether the table lists every state that had signed or consented by its asOf, so that ' +
        'a state it leaves out was no party then; false for a cut or partial table.',
    ),
  },
});
