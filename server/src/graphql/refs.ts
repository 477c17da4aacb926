import type { NodeLabel } from '@treatygraph/schema';
import { loadNodesByKey } from '../loaders/nodes-by-key';
import type {
  DeclarationRecord,
  GroupRecord,
  InstrumentRecord,
  OrganizationRecord,
  RelationshipRecord,
  RollCallRecord,
  SourceRecord,
  StateRecord,
} from '../records';
import { builder } from './builder';

/**
 * A node type any field can return either as a record or as its natural key: keys are loaded
 * in one batch per request, and returned records prime that batch's cache.
 */
function nodeRef<TRecord>(label: NodeLabel, toKey: (record: TRecord) => string) {
  return builder.loadableObjectRef<TRecord, string>(label, {
    load: (keys, context) =>
      loadNodesByKey<TRecord>(context.read, {
        label,
        keys,
        properties: context.projection.of(label),
      }),
    toKey,
    sort: true,
    cacheResolved: true,
  });
}

// Declared apart from their fields so types can refer to each other without import cycles.
export const StateRef = nodeRef<StateRecord>('State', (s) => s.code);
export const DeclarationRef = nodeRef<DeclarationRecord>('Declaration', (d) => d.id);
export const InstrumentRef = nodeRef<InstrumentRecord>('Instrument', (i) => i.id);
export const OrganizationRef = nodeRef<OrganizationRecord>('Organization', (o) => o.id);
export const GroupRef = nodeRef<GroupRecord>('Group', (g) => g.id);
export const SourceRef = nodeRef<SourceRecord>('Source', (s) => s.id);
export const RollCallRef = nodeRef<RollCallRecord>('RollCall', (r) => r.id);

export type ParticipationRecord = {
  state: StateRecord;
  instrument: InstrumentRecord;
  rel: RelationshipRecord;
};
export const ParticipationRef = builder.objectRef<ParticipationRecord>('Participation');

export type SignatureRecord = {
  state: StateRecord;
  declaration: DeclarationRecord;
  rel: RelationshipRecord;
};
export const SignatureRef = builder.objectRef<SignatureRecord>('Signature');

export type NonStateSignatureRecord = {
  organization: OrganizationRecord;
  declaration: DeclarationRecord;
  rel: RelationshipRecord;
};
export const NonStateSignatureRef = builder.objectRef<NonStateSignatureRecord>('NonStateSignature');

export type SupportRecord = {
  declaration: DeclarationRecord;
  organization: OrganizationRecord;
  rel: RelationshipRecord;
};
export const SupportRef = builder.objectRef<SupportRecord>('Support');

/** Provenance properties of a fact-bearing relationship. */
export const EvidenceRef = builder.objectRef<RelationshipRecord>('Evidence');

export type CoverageRecord = {
  source: SourceRecord;
  instrument: InstrumentRecord;
  rel: RelationshipRecord;
};
export const CoverageRef = builder.objectRef<CoverageRecord>('Coverage');
