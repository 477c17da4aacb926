import type { BuilderTypes } from '../builder';
import { describeRelationship, describeRelationshipProperty } from '../describe';
import type { ParticipationRecord } from '../refs';
import { EvidenceRef, InstrumentRef, ParticipationRef, StateRef } from '../refs';
import { evidenceOf, relationshipString } from '../relationship-values';
import { ConsentTypeEnum } from './consent-type';
import type { ConsentType } from './consent-type';

type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, ParticipationRecord>;

const describe = (property: string) => describeRelationshipProperty('PARTY_TO', property);

const dateField = (t: FieldBuilder, property: string) =>
  t.field({
    type: 'Date',
    nullable: true,
    description: describe(property),
    resolve: (p) => relationshipString(p.rel, property),
  });

ParticipationRef.implement({
  description: `${describeRelationship('PARTY_TO')} One state's standing towards one instrument.`,
  fields: (t) => ({
    state: t.field({ type: StateRef, description: 'The state.', resolve: (p) => p.state }),
    instrument: t.field({
      type: InstrumentRef,
      description: 'The instrument.',
      resolve: (p) => p.instrument,
    }),
    signedOn: dateField(t, 'signedOn'),
    consentOn: dateField(t, 'consentOn'),
    consentType: t.field({
      type: ConsentTypeEnum,
      nullable: true,
      description: describe('consentType'),
      resolve: (p) => relationshipString(p.rel, 'consentType') as ConsentType | null,
    }),
    withdrawnOn: dateField(t, 'withdrawnOn'),
    inForceOn: dateField(t, 'inForceOn'),
    evidence: t.field({
      type: EvidenceRef,
      nullable: true,
      description: 'Where this participation is stated, when the import recorded it.',
      resolve: (p) => evidenceOf(p.rel),
    }),
  }),
});
