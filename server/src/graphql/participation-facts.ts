import type { ParticipationFacts } from '../analysis/treaty-status';
import type { RelationshipRecord } from '../records';
import { relationshipString } from './relationship-values';

/** The facts of one stored PARTY_TO relationship that decide a state's status on a date. */
export function participationFacts(
  rel: RelationshipRecord,
  entryIntoForceOn: string | null | undefined,
): ParticipationFacts {
  return {
    signedOn: relationshipString(rel, 'signedOn'),
    consentOn: relationshipString(rel, 'consentOn'),
    consentType: relationshipString(rel, 'consentType'),
    withdrawnOn: relationshipString(rel, 'withdrawnOn'),
    inForceOn: relationshipString(rel, 'inForceOn'),
    asOf: relationshipString(rel, 'asOf'),
    entryIntoForceOn,
    source: relationshipString(rel, 'source'),
  };
}
