import { prop } from './property';
import { defineRelationship } from './relationships';

export const voteChoices = ['YES', 'NO', 'ABSTAIN'] as const;
export type VoteChoice = (typeof voteChoices)[number];

/** Absence and non-membership are no relationship at all, as in the dataset. */
export const VOTED = defineRelationship({
  type: 'VOTED',
  description: 'A state cast a vote in a General Assembly roll call.',
  from: 'State',
  to: 'RollCall',
  forward: 'votes',
  reverse: 'votes',
  provenance: true,
  properties: {
    choice: prop.enumOf(voteChoices)('How the state voted: YES, NO or ABSTAIN.'),
  },
});
