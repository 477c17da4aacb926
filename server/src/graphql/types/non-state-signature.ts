import { describeRelationship, describeRelationshipProperty } from '../describe';
import { DeclarationRef, EvidenceRef, NonStateSignatureRef, OrganizationRef } from '../refs';
import { evidenceOf, relationshipString } from '../relationship-values';

NonStateSignatureRef.implement({
  description: `${describeRelationship('ORGANIZATION_SIGNED')} With the evidence for it.`,
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      description: 'The non-state signatory.',
      resolve: (s) => s.organization,
    }),
    declaration: t.field({
      type: DeclarationRef,
      description: 'The declaration.',
      resolve: (s) => s.declaration,
    }),
    signedOn: t.field({
      type: 'Date',
      nullable: true,
      description: describeRelationshipProperty('ORGANIZATION_SIGNED', 'signedOn'),
      resolve: (s) => relationshipString(s.rel, 'signedOn'),
    }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'Where the signature is stated, when the import recorded it.',
      resolve: (s) => evidenceOf(s.rel),
    }),
  }),
});
