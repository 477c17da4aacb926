/** GraphiQL's first tabs: one example per question the API answers, ready to run. */
const examples: { title: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    title: 'Declarations and who signed them',
    query: `{
  declarations(first: 5) {
    totalCount
    edges { node { id title adoptedOn signatoryCount signatories { code name } references { shortName } } }
  }
}`,
  },
  {
    title: 'Search names, aliases and titles',
    query: `query Search($q: String!) {
  search(query: $q, first: 5) {
    score
    entity {
      __typename
      ... on State { code name }
      ... on Declaration { id title }
      ... on Instrument { id shortName name }
      ... on Organization { id acronym name }
    }
  }
}`,
    variables: { q: 'palermo' },
  },
  {
    title: 'Who signs with Laos most often',
    query: `{
  state(code: "LAO") { name coSignatories(first: 5) { sharedCount state { code name } shared { title } } }
}`,
  },
  {
    title: 'Signatories not party to the Palermo Protocol on a date',
    query: `query Compare($a: ID!, $b: ID!, $asOf: Date) {
  compare(a: $a, b: $b, asOf: $asOf) {
    b { complete asOf source { title } }
    onlyA { code name } both { code } onlyB { code } undetermined { code name }
    noRecordInB { code name }
  }
}`,
    variables: {
      a: '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit',
      b: 'untoc-trafficking-protocol',
      asOf: '2025-07-30',
    },
  },
  {
    title: 'Treaty status on a date: party, not party or no record, with source and as-at date',
    query: `{
  instrument(id: "untoc-trafficking-protocol") {
    shortName
    coveredBy { source { title } asOf complete }
    statusAsOf(date: "2010-01-01", states: ["LAO", "SGP", "ERI"]) {
      state { code } status signedOn consentOn consentType inForceOn withdrawnOn
      source { title publisher } asOf dataAsOf
    }
  }
}`,
  },
  {
    title: 'One treaty from two sources: identifiers, claims and where they disagree',
    query: `{
  instruments(filter: { identifier: { scheme: UNTC, value: "IV-11" } }) {
    edges { node {
      id name identifiers { scheme value }
      statusAsOf(date: "2015-01-01") { state { code } status rule }
      parties {
        state { code }
        sources { source { id licence citation } signedOn consentOn withdrawnOn }
        conflicts { field claims { source { id } consentOn } }
      }
    } }
  }
}`,
  },
  {
    title: 'Coalitions of co-signing states',
    query: `{
  coalitions { id size cohesion members { code } declarations { title } }
}`,
  },
  {
    title: 'A graph view around a state',
    query: `query View($view: GraphViewInput!) {
  graph(view: $view) { truncated totalNodes nodes { id kind label } edges { id kind source target weight } }
}`,
    variables: { view: { focus: ['LAO'], depth: 2, nodeLimit: 50 } },
  },
  {
    title: 'The co-signature network',
    query: `{
  coSignatureNetwork { nodes { id label data } edges { source target weight data } }
}`,
  },
  {
    title: 'General Assembly roll calls of 2019 and their tallies',
    query: `{
  rollCalls(filter: { from: "2019-01-01", to: "2019-12-31" }, first: 5) {
    totalCount
    edges { node { id date symbol title issues tally { yes no abstain } } }
  }
}`,
  },
  {
    title: 'How often the United States votes with Israel',
    query: `{
  state(code: "USA") {
    votingAffinity(with: "ISR", from: "2010-01-01", to: "2019-12-31") { agreement votesCompared }
    votingAffinityByYear(with: "ISR") { year agreement votesCompared }
  }
}`,
  },
  {
    title: 'Voting blocs of a decade',
    query: `{
  votingBlocs(from: "2010-01-01", to: "2019-12-31") { id size cohesion members { code name } }
  votingTies(from: "2010-01-01", to: "2019-12-31", minAgreement: 0.85) {
    source { code } target { code } agreement votesCompared
  }
}`,
  },
  {
    title: 'Signed the statement, voted yes: one compare',
    query: `{
  compare(a: "2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit", b: "unga-9087") {
    both { code } onlyA { code name } onlyB { code }
  }
}`,
  },
  {
    title: 'Do the signatories vote together? Who votes with them but is not party?',
    query: `{
  voteAlignment(
    declaration: "2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit"
    from: "2010-01-01"
    to: "2019-12-31"
  ) {
    meanAgreement
    mostAligned { state { name } agreement }
    leastAligned { state { name } agreement }
    votesWithButNotParty { state { name } signatory agreement instruments { shortName } }
  }
}`,
  },
];

/** The examples as GraphiQL tabs (`graphiql.defaultTabs`). */
export const graphiqlTabs = examples.map((example) => ({
  query: `# ${example.title}. Ctrl-Enter runs it.\n${example.query}\n`,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
}));
