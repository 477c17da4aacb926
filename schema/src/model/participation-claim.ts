import { prop } from './property';
import { PARTY_TO } from './relationships';
import type { RelationshipKind } from './relationships';

/**
 * What one source says of one state's participation in one instrument. Several sources give
 * several claims; the PARTY_TO relationship between the same state and instrument is the fact
 * the claims decide (see `participationRule`). Keyed by `source`: re-importing a source
 * replaces its own claims and no other source's.
 */
export const PARTICIPATION_CLAIM: RelationshipKind = {
  type: 'PARTICIPATION_CLAIM',
  description: 'One source’s account of a state’s signature, consent or withdrawal.',
  from: 'State',
  to: 'Instrument',
  forward: 'participationClaims',
  reverse: 'participationClaims',
  provenance: true,
  mergeKey: ['source'],
  properties: {
    ...PARTY_TO.properties,
    provisionalOn: prop.date('Date the state began applying the instrument provisionally.'),
    otherActions: prop.strings(
      'Other dated actions the source lists, as "column heading: date", for example a ' +
        'notification under an article.',
    ),
    reservations: prop.text('Text of the reservations and declarations the state made.'),
  },
};

/**
 * What one source says of one organization's participation (the European Union's formal
 * confirmation, an organization's accession): a claim like a state's, of its own type because
 * every relationship kind has one pair of endpoint labels.
 */
export const ORGANIZATION_PARTICIPATION_CLAIM: RelationshipKind = {
  ...PARTICIPATION_CLAIM,
  type: 'ORGANIZATION_PARTICIPATION_CLAIM',
  description:
    'One source’s account of an organization’s signature, consent or withdrawal, such as the European Union’s formal confirmation.',
  from: 'Organization',
  reverse: 'organizationParticipationClaims',
};

/**
 * The rule that picks the fact among claims, stated by `statusAsOf`: a participation recorded
 * by hand (an import document or status table) stands; otherwise the claim of the source with
 * the lowest precedence (the depositary's record before research datasets), then the newest
 * `asOf`, then the source id.
 */
export const participationRule =
  'depositary first: a participation imported from a document or status table stands; ' +
  'otherwise the claim of the source with the lowest precedence (the UN depositary’s record, ' +
  'then research datasets), then the newest asOf, then the source id';
