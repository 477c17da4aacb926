import type { Driver } from 'neo4j-driver';

/**
 * A small slice of the real graph, written with plain Cypher so server tests do not depend on
 * the importer: three declarations (one undated), five states, the Palermo Protocol
 * supplementing UNTOC, participations with provenance, organizations, a group and sources.
 */
export const FIXTURE_CYPHER = `
CREATE (lao:State {code: 'LAO', name: 'Laos', officialName: "Lao People's Democratic Republic",
  aliases: ['Lao PDR'], region: 'Asia', subregion: 'South-eastern Asia', unMember: 'member',
  latitude: 18.0, longitude: 105.0})
CREATE (tha:State {code: 'THA', name: 'Thailand', region: 'Asia', subregion: 'South-eastern Asia'})
CREATE (blr:State {code: 'BLR', name: 'Belarus', region: 'Europe', subregion: 'Eastern Europe'})
CREATE (mex:State {code: 'MEX', name: 'Mexico', region: 'Americas', subregion: 'Central America'})
CREATE (phl:State {code: 'PHL', name: 'Philippines', region: 'Asia', subregion: 'South-eastern Asia'})

CREATE (untoc:Instrument {id: 'untoc', kind: 'convention',
  name: 'United Nations Convention against Transnational Organized Crime', shortName: 'UNTOC',
  aliases: ['Palermo Convention'], adoptedOn: '2000-11-15', entryIntoForceOn: '2003-09-29',
  untcReference: 'XVIII-12'})
CREATE (palermo:Instrument {id: 'palermo-protocol', kind: 'protocol',
  name: 'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children',
  shortName: 'Palermo Protocol', adoptedOn: '2000-11-15', untcReference: 'XVIII-12-a'})
CREATE (plan:Instrument {id: 'global-plan-of-action', kind: 'resolution',
  name: 'United Nations Global Plan of Action to Combat Trafficking in Persons',
  symbol: 'A/RES/64/293'})
CREATE (palermo)-[:SUPPLEMENTS]->(untoc)

CREATE (unodc:Organization {id: 'unodc', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC'})
CREATE (icat:Organization {id: 'icat', name: 'Inter-Agency Coordination Group against Trafficking in Persons', acronym: 'ICAT'})
CREATE (unodc)-[:COORDINATES]->(icat)
CREATE (friends:Group {id: 'group-of-friends-united-against-human-trafficking',
  name: 'Group of Friends United against Human Trafficking'})
CREATE (blr)-[:MEMBER_OF]->(friends), (phl)-[:MEMBER_OF]->(friends)

CREATE (belta:Source {id: 'src-belta', url: 'https://eng.belta.by/x', title: 'Joint statement',
  publisher: 'BelTA', publishedOn: '2025-07-30', retrievedOn: '2025-08-01'})
CREATE (un:Source {id: 'src-un', url: 'https://treaties.un.org/x', publisher: 'UN', publishedOn: '2024-01-10'})

CREATE (d2025:Declaration {id: '2025-07-30-human-trafficking-is-organized-crime',
  title: 'Human Trafficking is Organized Crime', adoptedOn: '2025-07-30',
  occasion: 'World Day Against Trafficking in Persons', venue: 'New York',
  summary: 'States call for full implementation of the Palermo Protocol.', partialSignatories: 'yes'})
CREATE (d2023:Declaration {id: '2023-07-30-joint-statement', title: 'Joint Statement on Trafficking',
  adoptedOn: '2023-07-30'})
CREATE (dUndated:Declaration {id: '0000-01-01-undated', title: 'Undated communique'})

CREATE (lao)-[:SIGNED {source: 'src-belta', quote: 'Lao PDR joined the statement'}]->(d2025)
CREATE (tha)-[:SIGNED]->(d2025), (blr)-[:SIGNED {signedOn: '2025-08-02'}]->(d2025), (phl)-[:SIGNED]->(d2025)
CREATE (blr)-[:SIGNED]->(d2023), (mex)-[:SIGNED]->(d2023)
CREATE (d2025)-[:REFERENCES]->(palermo), (d2025)-[:REFERENCES]->(untoc), (d2023)-[:REFERENCES]->(plan)
CREATE (d2025)-[:SUPPORTS {role: 'coordinator of ICAT'}]->(unodc)
CREATE (d2025)-[:SPEAKS_FOR]->(friends)
CREATE (d2025)-[:REPORTED_IN]->(belta), (d2025)-[:REPORTED_IN]->(un)

CREATE (lao)-[:PARTY_TO {consentType: 'accession', consentOn: '2003-09-26', source: 'src-un',
  quote: "Lao People's Democratic Republic 26 Sep 2003 a", quoteStart: 10, quoteEnd: 54,
  asOf: '2024-01-10'}]->(untoc)
CREATE (tha)-[:PARTY_TO {signedOn: '2000-12-13', consentType: 'ratification', consentOn: '2013-10-17'}]->(untoc)
CREATE (blr)-[:PARTY_TO {signedOn: '2000-12-14', consentType: 'ratification', consentOn: '2003-06-25'}]->(palermo)
CREATE (mex)-[:PARTY_TO {signedOn: '2000-12-13', consentType: 'ratification', consentOn: '2003-03-04'}]->(untoc)
`;

/** Empties the database: at the start and end of every integration test file. */
export async function wipe(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
}

/** Wipes, then writes the fixture. */
export async function seedFixture(driver: Driver): Promise<void> {
  await wipe(driver);
  await driver.executeQuery(FIXTURE_CYPHER);
}
