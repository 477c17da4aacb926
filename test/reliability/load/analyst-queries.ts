/** The mixed read load of an analyst session: lists, a state, a comparison, searches. */
export const ANALYST_QUERIES = [
  '{ declarations(first: 10) { totalCount edges { node { id title adoptedOn signatoryCount signatories { code name } references { id shortName } } } } }',
  '{ state(code: "LAO") { name region partyTo { instrument { id name } consentType consentOn } coSignatories(first: 10) { sharedCount state { code name } } } }',
  '{ search(query: "palermo", first: 5) { score entity { __typename ... on Instrument { id name } ... on State { code } } } }',
  '{ search(query: "traffiking laos", first: 10) { score } }',
  '{ compare(a: "untoc", b: "untoc-trafficking-protocol") { both { code } onlyA { code } onlyB { code } } }',
  '{ instruments(first: 20) { totalCount edges { node { id name kind parties { state { code } signedOn consentOn } } } } }',
  '{ states(first: 50, filter: { region: "Asia" }) { totalCount edges { node { code name subregion signed { id } } } } }',
  '{ instrument(id: "untoc-trafficking-protocol") { name supplements { id } referencedBy { title } parties { state { name } consentType } } }',
].map((query) => JSON.stringify({ query }));
