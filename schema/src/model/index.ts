import { Declaration } from './declaration';
import { Group } from './group';
import { Instrument } from './instrument';
import { Organization } from './organization';
import { ORGANIZATION_PARTICIPATION_CLAIM, PARTICIPATION_CLAIM } from './participation-claim';
import * as relationships from './relationships';
import { RollCall } from './roll-call';
import { Source } from './source';
import { State } from './state';
import { VOTED } from './voted';
import type { NodeKind } from './node-kind';

/** Every node kind, in import order (targets before the facts that point at them). */
export const nodeKinds = {
  State,
  Source,
  Organization,
  Group,
  Instrument,
  Declaration,
  RollCall,
} as const;
export type NodeLabel = keyof typeof nodeKinds;

/** The node kind with this label; throws on a label the model does not have. */
export function nodeKind(label: string): NodeKind {
  const kind = (nodeKinds as Record<string, NodeKind | undefined>)[label];
  if (!kind) throw new Error(`unknown node label ${label}`);
  return kind;
}

export const relationshipKinds = {
  SIGNED: relationships.SIGNED,
  ORGANIZATION_SIGNED: relationships.ORGANIZATION_SIGNED,
  REFERENCES: relationships.REFERENCES,
  SUPPORTS: relationships.SUPPORTS,
  SUPPLEMENTS: relationships.SUPPLEMENTS,
  PARTY_TO: relationships.PARTY_TO,
  PARTICIPATION_CLAIM,
  ORGANIZATION_PARTY_TO: relationships.ORGANIZATION_PARTY_TO,
  ORGANIZATION_PARTICIPATION_CLAIM,
  COORDINATES: relationships.COORDINATES,
  MEMBER_OF: relationships.MEMBER_OF,
  SPEAKS_FOR: relationships.SPEAKS_FOR,
  REPORTED_IN: relationships.REPORTED_IN,
  COVERS: relationships.COVERS,
  VOTED,
} as const;
export type RelationshipType = keyof typeof relationshipKinds;

export { consentTypes } from './relationships';
export { voteChoices, type VoteChoice } from './voted';
export { rollCallIssues } from './roll-call';
export { participationRule } from './participation-claim';
export {
  identifierSchemes,
  identifierKey,
  catalogueInstrumentId,
  parseIdentifierKey,
  type Identifier,
  type IdentifierScheme,
} from './identifier';
export { instrumentKinds } from './instrument';
export { provenanceProperties, evidenceSchema } from './provenance';
export { isoDate, type PropertySpec } from './property';
export type { NodeKind } from './node-kind';
export type { RelationshipKind } from './relationships';
