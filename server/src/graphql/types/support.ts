import { describeRelationship, describeRelationshipProperty } from '../describe';
import { DeclarationRef, EvidenceRef, OrganizationRef, SupportRef } from '../refs';
import { evidenceOf, relationshipString } from '../relationship-values';

SupportRef.implement({
  description: `${describeRelationship('SUPPORTS')} With the role supported and the evidence.`,
  fields: (t) => ({
    declaration: t.field({
      type: DeclarationRef,
      description: 'The declaration.',
      resolve: (s) => s.declaration,
    }),
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization supported.',
      resolve: (s) => s.organization,
    }),
    role: t.string({
      nullable: true,
      description: describeRelationshipProperty('SUPPORTS', 'role'),
      resolve: (s) => relationshipString(s.rel, 'role'),
    }),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'Where the support is stated, when the import recorded it.',
      resolve: (s) => evidenceOf(s.rel),
    }),
  }),
});
