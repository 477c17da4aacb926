import { describeRelationship, describeRelationshipProperty } from '../describe';
import { DeclarationRef, EvidenceRef, SignatureRef, StateRef } from '../refs';
import { evidenceOf, relationshipString } from '../relationship-values';

SignatureRef.implement({
  description: `${describeRelationship('SIGNED')} With the evidence for it.`,
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (s) => s.state }),
    declaration: t.field({
      type: DeclarationRef,
      description: 'The declaration.',
      resolve: (s) => s.declaration,
    }),
    signedOn: t.field({
      type: 'Date',
      nullable: true,
      description: describeRelationshipProperty('SIGNED', 'signedOn'),
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
