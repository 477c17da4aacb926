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

/**
 * Added by `seedAnalystFixture` on top of the fixture: three blocs of states that sign
 * overlapping declarations (Eurasian, Western, South-east Asian), a non-state signatory (the
 * European Union), and a UNTOC party table with every status: signed only, bound before entry
 * into force, in force, and withdrawn (UZB's withdrawal is a test-only fact).
 */
export const ANALYST_FIXTURE_CYPHER = `
MATCH (lao:State {code: 'LAO'}), (tha:State {code: 'THA'}), (blr:State {code: 'BLR'}),
  (mex:State {code: 'MEX'}), (phl:State {code: 'PHL'}), (untoc:Instrument {id: 'untoc'}),
  (unodc:Organization {id: 'unodc'})
CREATE (rus:State {code: 'RUS', name: 'Russia', region: 'Europe', subregion: 'Eastern Europe'})
CREATE (kaz:State {code: 'KAZ', name: 'Kazakhstan', region: 'Asia', subregion: 'Central Asia'})
CREATE (uzb:State {code: 'UZB', name: 'Uzbekistan', region: 'Asia', subregion: 'Central Asia'})
CREATE (fra:State {code: 'FRA', name: 'France', region: 'Europe', subregion: 'Western Europe'})
CREATE (deu:State {code: 'DEU', name: 'Germany', region: 'Europe', subregion: 'Western Europe'})
CREATE (esp:State {code: 'ESP', name: 'Spain', region: 'Europe', subregion: 'Southern Europe'})
CREATE (eu:Organization {id: 'eu', name: 'European Union', acronym: 'EU'})

CREATE (e2022:Declaration {id: '2022-05-16-eurasian-statement', title: 'Eurasian Statement on Trafficking', adoptedOn: '2022-05-16'})
CREATE (e2024:Declaration {id: '2024-10-01-eurasian-declaration', title: 'Eurasian Declaration', adoptedOn: '2024-10-01'})
CREATE (w2021:Declaration {id: '2021-07-30-western-statement', title: 'Western Statement', adoptedOn: '2021-07-30'})
CREATE (w2024:Declaration {id: '2024-07-30-western-declaration', title: 'Western Declaration', adoptedOn: '2024-07-30'})
CREATE (a2023:Declaration {id: '2023-11-20-south-east-asian-statement', title: 'South-east Asian Statement', adoptedOn: '2023-11-20'})
CREATE (blr)-[:SIGNED]->(e2022), (rus)-[:SIGNED]->(e2022), (kaz)-[:SIGNED]->(e2022), (uzb)-[:SIGNED]->(e2022)
CREATE (blr)-[:SIGNED]->(e2024), (rus)-[:SIGNED]->(e2024), (kaz)-[:SIGNED]->(e2024), (uzb)-[:SIGNED]->(e2024)
CREATE (fra)-[:SIGNED]->(w2021), (deu)-[:SIGNED]->(w2021), (esp)-[:SIGNED]->(w2021), (mex)-[:SIGNED]->(w2021)
CREATE (fra)-[:SIGNED]->(w2024), (deu)-[:SIGNED]->(w2024), (esp)-[:SIGNED]->(w2024)
CREATE (lao)-[:SIGNED]->(a2023), (tha)-[:SIGNED]->(a2023), (phl)-[:SIGNED]->(a2023)
CREATE (eu)-[:ORGANIZATION_SIGNED {signedOn: '2021-08-02', source: 'src-un',
  quote: 'The European Union joined the statement'}]->(w2021)
CREATE (e2024)-[:REFERENCES]->(untoc), (w2024)-[:REFERENCES]->(untoc), (w2024)-[:SUPPORTS]->(unodc)

CREATE (rus)-[:PARTY_TO {signedOn: '2000-12-12', consentType: 'ratification', consentOn: '2004-05-26'}]->(untoc)
CREATE (kaz)-[:PARTY_TO {consentType: 'accession', consentOn: '2008-07-31'}]->(untoc)
CREATE (fra)-[:PARTY_TO {signedOn: '2000-12-12', consentType: 'approval', consentOn: '2002-10-29'}]->(untoc)
CREATE (deu)-[:PARTY_TO {signedOn: '2000-12-12', consentType: 'ratification', consentOn: '2006-06-14'}]->(untoc)
CREATE (esp)-[:PARTY_TO {signedOn: '2000-12-13'}]->(untoc)
CREATE (uzb)-[:PARTY_TO {signedOn: '2000-12-13', consentType: 'ratification', consentOn: '2008-08-09',
  withdrawnOn: '2020-06-01'}]->(untoc)
`;

/** Wipes, then writes the fixture and the analyst additions. */
export async function seedAnalystFixture(driver: Driver): Promise<void> {
  await seedFixture(driver);
  await driver.executeQuery(ANALYST_FIXTURE_CYPHER);
}
