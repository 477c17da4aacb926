import { importCorpus, readVoteData, writeVoteData } from '@treatygraph/import';
import { createYoga } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clearDatabase } from '../bench/database';
import { csvAgreement, csvIssueRollCalls, readVoeten, VOTES_DIR } from '../support/voeten-csv';

// A decade of the UN General Assembly vote data (2010-2019, about 170,000 votes) and the
// bundled corpus, checked through the API against figures read from the CSV files directly.
const FROM = '2010-01-01';
const TO = '2019-12-31';
const STATEMENT = '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit';

type Data = Record<string, unknown>;

describe('UN General Assembly votes through the API', () => {
  let driver: Driver;
  let yoga: ReturnType<typeof createYoga>;
  const csv = readVoeten();
  const slice = () => {
    const data = readVoteData(VOTES_DIR);
    const rollCalls = data.rollCalls.filter((r) => r.date >= FROM && r.date <= TO);
    const ids = new Set(rollCalls.map((r) => r.id));
    const votes = data.votes.filter((v) => ids.has(v.rollCall));
    return { ...data, rollCalls, votes, states: [...new Set(votes.map((v) => v.state))].sort() };
  };
  const query = async (text: string, variables: Data = {}): Promise<Data> => {
    const response = await yoga.fetch('http://treatygraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  };
  // Every roll call's tally, counted once: 870,109 votes are too many to filter per roll call.
  const tallies = new Map<string, { yes: number; no: number; abstain: number }>();
  for (const v of csv.votes) {
    const tally = tallies.get(v.rcid) ?? { yes: 0, no: 0, abstain: 0 };
    tally[v.vote as keyof typeof tally] += 1;
    tallies.set(v.rcid, tally);
  }
  const csvTally = (rcid: string) => tallies.get(rcid) ?? { yes: 0, no: 0, abstain: 0 };

  beforeAll(async () => {
    driver = neo4j.driver(inject('neo4jUri'));
    await clearDatabase(driver);
    await importCorpus(driver, {});
    await writeVoteData(driver, slice());
    yoga = createYoga({ driver });
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('counts the roll calls of 2019 and tallies each as the CSV does', async () => {
    const data =
      (await query(`{ rollCalls(filter: { from: "2019-01-01", to: "2019-12-31" }, first: 100) {
      totalCount edges { node { id tally { yes no abstain } } } } }`)) as {
        rollCalls: { totalCount: number; edges: { node: { id: string; tally: object } }[] };
      };
    const in2019 = [...csv.dates].filter(([, date]) => date.startsWith('2019-'));
    expect(data.rollCalls.totalCount).toBe(in2019.length);
    expect(data.rollCalls.totalCount).toBe(90);
    for (const { node } of data.rollCalls.edges) {
      expect(node.tally).toEqual(csvTally(node.id.replace('unga-', '')));
    }
  });

  it('pages roll calls newest first and filters by issue, importance and symbol', async () => {
    const page = async (after: string | null) =>
      (
        (await query(
          `query ($after: String) { rollCalls(filter: { from: "2019-01-01", to: "2019-12-31", issue: "hr" }, first: 10, after: $after) {
          totalCount edges { node { id date issues } } pageInfo { endCursor hasNextPage } } }`,
          { after },
        )) as {
          rollCalls: {
            totalCount: number;
            edges: { node: { id: string; date: string; issues: string[] } }[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        }
      ).rollCalls;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const hr = csvIssueRollCalls('hr');
    const expected = [...csv.dates].filter(([id, d]) => d.startsWith('2019-') && hr.has(id));
    expect(first.totalCount).toBe(expected.length);
    const ids = [...first.edges, ...second.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dates = [...first.edges, ...second.edges].map((e) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first.edges.every((e) => e.node.issues.includes('hr'))).toBe(true);
    const symbol = (await query(
      '{ rollCalls(filter: { symbol: "A/RES/74/247" }) { totalCount edges { node { id } } } }',
    )) as { rollCalls: { totalCount: number; edges: { node: { id: string } }[] } };
    expect(symbol.rollCalls.edges.map((e) => e.node.id)).toContain('unga-9087');
  });

  it('gives USA and Israel 2010-2019 the agreement computed from the CSV', async () => {
    const data = (await query(`{ state(code: "USA") {
      all: votingAffinity(with: "ISR", from: "${FROM}", to: "${TO}") { agreement votesCompared }
      hr: votingAffinity(with: "isr", from: "${FROM}", to: "${TO}", issue: "hr") { agreement votesCompared } } }`)) as {
      state: Record<string, { agreement: number; votesCompared: number }>;
    };
    const all = csvAgreement(csv, { a: 'US', b: 'IL', from: FROM, to: TO });
    expect(all).toEqual({ agreed: 762, compared: 896 });
    expect(data.state.all).toEqual({ agreement: all.agreed / all.compared, votesCompared: 896 });
    const hr = csvAgreement(csv, {
      a: 'US',
      b: 'IL',
      from: FROM,
      to: TO,
      rcids: csvIssueRollCalls('hr'),
    });
    expect(data.state.hr).toEqual({
      agreement: hr.agreed / hr.compared,
      votesCompared: hr.compared,
    });
  });

  it('splits the agreement by year, each year as the CSV', async () => {
    const data = (await query(`{ state(code: "USA") {
      votingAffinityByYear(with: "ISR", from: "${FROM}", to: "${TO}") { year agreement votesCompared } } }`)) as {
      state: { votingAffinityByYear: { year: number; agreement: number; votesCompared: number }[] };
    };
    const years = data.state.votingAffinityByYear;
    expect(years.map((y) => y.year)).toEqual([
      2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019,
    ]);
    expect(years.reduce((n, y) => n + y.votesCompared, 0)).toBe(896);
    const y2019 = csvAgreement(csv, { a: 'US', b: 'IL', from: '2019-01-01', to: '2019-12-31' });
    expect(years.at(-1)).toEqual({
      year: 2019,
      agreement: y2019.agreed / y2019.compared,
      votesCompared: y2019.compared,
    });
  });

  it('lists a roll call’s votes of one choice with their source', async () => {
    const data = (await query(`{ rollCall(id: "unga-9087") { date symbol tally { no }
      votes(choice: NO) { state { code } choice evidence { source { id } } } } }`)) as {
      rollCall: {
        tally: { no: number };
        votes: { state: { code: string }; choice: string; evidence: { source: { id: string } } }[];
      };
    };
    expect(data.rollCall.votes).toHaveLength(csvTally('9087').no);
    expect(data.rollCall.votes.every((v) => v.choice === 'NO')).toBe(true);
    expect(data.rollCall.votes[0]?.evidence.source.id).toBe('src-unga-votes-voeten');
  });

  it('finds the same voting blocs twice, each state in one', async () => {
    const text = `{ votingBlocs(from: "2010-01-01", to: "2019-12-31") { id size cohesion members { code } } }`;
    const first = (await query(text)) as {
      votingBlocs: { id: string; size: number; cohesion: number; members: { code: string }[] }[];
    };
    expect(await query(text)).toEqual(first);
    const codes = first.votingBlocs.flatMap((b) => b.members.map((m) => m.code));
    expect(new Set(codes).size).toBe(codes.length);
    expect(first.votingBlocs.length).toBeGreaterThan(1);
    expect(first.votingBlocs.every((b) => b.id.startsWith('bloc-') && b.cohesion > 0.5)).toBe(true);
    const blocOf = (code: string) =>
      first.votingBlocs.find((b) => b.members.some((m) => m.code === code))?.id;
    expect(blocOf('USA')).toBe(blocOf('ISR'));
    expect(blocOf('USA')).not.toBe(blocOf('CUB'));
  });

  it('draws the strong ties of the affinity graph, each with the CSV’s agreement', async () => {
    const data = (await query(`{ votingTies(from: "${FROM}", to: "${TO}", minAgreement: 0.85) {
      source { code } target { code } agreement votesCompared } }`)) as {
      votingTies: {
        source: { code: string };
        target: { code: string };
        agreement: number;
        votesCompared: number;
      }[];
    };
    const ties = data.votingTies;
    expect(ties.every((t) => t.agreement >= 0.85 && t.votesCompared >= 10)).toBe(true);
    expect(ties.every((t) => t.source.code < t.target.code)).toBe(true);
    // Israel's closest partner is the United States, at 762 of 896 roll calls (above 0.85).
    const usaIsr = ties.find((t) => t.source.code === 'ISR' && t.target.code === 'USA');
    const csvPair = csvAgreement(csv, { a: 'US', b: 'IL', from: FROM, to: TO });
    expect(usaIsr).toEqual({
      source: { code: 'ISR' },
      target: { code: 'USA' },
      agreement: csvPair.agreed / csvPair.compared,
      votesCompared: csvPair.compared,
    });
    // Each state keeps at most 5 partners of its own, so no state has more than 5 + the
    // number of states that keep it.
    const degree = new Map<string, number>();
    for (const t of ties) {
      for (const end of [t.source.code, t.target.code]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
    expect(ties.length).toBeLessThanOrEqual(degree.size * 5);
  });

  it('compares the statement’s signatories with a roll call’s YES voters', async () => {
    const data = (await query(`{ compare(a: "${STATEMENT}", b: "unga-9087") {
      both { code } onlyA { code } onlyB { code } } }`)) as {
      compare: Record<string, { code: string }[]>;
    };
    const yes = csvTally('9087').yes;
    expect((data.compare.both?.length ?? 0) + (data.compare.onlyB?.length ?? 0)).toBe(yes);
    expect((data.compare.both?.length ?? 0) + (data.compare.onlyA?.length ?? 0)).toBe(22);
  });

  it('checks the statement’s coalition: least aligned signatory and who votes with it', async () => {
    const data =
      (await query(`{ voteAlignment(declaration: "${STATEMENT}", from: "${FROM}", to: "${TO}") {
      meanAgreement members { state { code } agreement } leastAligned { state { code } agreement }
      mostAligned { state { code } } withoutVotes { code }
      votingWith { state { code } agreement }
      votesWithButNotParty { state { code } signatory agreement instruments { id } } } }`)) as {
        voteAlignment: {
          meanAgreement: number;
          members: { state: { code: string }; agreement: number }[];
          leastAligned: { state: { code: string }; agreement: number };
          votingWith: { state: { code: string }; agreement: number }[];
          votesWithButNotParty: { signatory: boolean; agreement: number; instruments: unknown[] }[];
        };
      };
    const check = data.voteAlignment;
    expect(check.members).toHaveLength(22);
    expect(check.leastAligned).toEqual(check.members.at(-1));
    const agreements = check.members.map((m) => m.agreement);
    expect(check.leastAligned.agreement).toBe(Math.min(...agreements));
    expect(check.votingWith.every((s) => s.agreement >= check.meanAgreement)).toBe(true);
    for (const row of check.votesWithButNotParty) {
      expect(row.agreement).toBeGreaterThanOrEqual(check.meanAgreement);
      expect(row.instruments.length).toBeGreaterThan(0);
    }
  });

  it('rejects an unknown issue code', async () => {
    const response = await yoga.fetch('http://treatygraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ votingBlocs(issue: "xx") { id } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('replaces a changed roll call whole, and leaves it as it was when the run fails', async () => {
    // Twenty roll calls suffice: the others of the slice are stored and not in this data.
    const whole = slice();
    const some = new Set(whole.rollCalls.slice(0, 20).map((r) => r.id));
    const data = {
      ...whole,
      rollCalls: whole.rollCalls.filter((r) => some.has(r.id)),
      votes: whole.votes.filter((v) => some.has(v.rollCall)),
    };
    const target = data.rollCalls[0]?.id ?? '';
    const flipped = data.votes.find((v) => v.rollCall === target && v.choice === 'YES');
    const changed = {
      ...data,
      rollCalls: data.rollCalls.map((r) => (r.id === target ? { ...r, title: 'RETITLED' } : r)),
      votes: data.votes.map((v) => (v === flipped ? { ...v, choice: 'NO' as const } : v)),
    };
    const state = async () => {
      const { records } = await driver.executeQuery(
        'MATCH (r:RollCall {id: $target}) OPTIONAL MATCH (s:State)-[v:VOTED]->(r) ' +
          "RETURN r.title AS title, count(v) AS votes, sum(CASE v.choice WHEN 'NO' THEN 1 ELSE 0 END) AS no, " +
          'COUNT { MATCH (:State)-[:VOTED]->(o:RollCall) WHERE o.id IN $ids } AS all',
        { target, ids: [...some] },
      );
      return records[0]?.toObject();
    };
    const before = await state();
    const refused = writeVoteData(driver, changed, {
      finish: () => Promise.reject(new Error('refused at publication')),
    });
    await expect(refused).rejects.toThrow('refused at publication');
    expect(await state()).toEqual(before);

    const summary = await writeVoteData(driver, changed);
    expect(summary).toMatchObject({ replaced: 1, unchanged: data.rollCalls.length - 1 });
    expect(summary.relationshipsCreated).toBe(
      data.votes.filter((v) => v.rollCall === target).length,
    );
    const after = await state();
    expect(after?.title).toBe('RETITLED');
    expect(after?.votes).toEqual(before?.votes);
    expect(Number(after?.no)).toBe(Number(before?.no) + 1);
    expect(after?.all).toEqual(before?.all);

    expect(await writeVoteData(driver, data)).toMatchObject({ replaced: 1 });
    expect(await state()).toEqual(before);
  }, 240_000);

  it('writes nothing new the second time, and clears a failed run’s staged roll calls', async () => {
    await driver.executeQuery(
      "MATCH (s:State {code: 'USA'}) CREATE (s)-[:VOTED {choice: 'YES'}]->(:RollCallStaged {id: 'unga-999999', date: '2020-01-01'})",
    );
    const hidden = (await query('{ rollCall(id: "unga-999999") { id } }')) as Data;
    expect(hidden.rollCall).toBeNull();
    const again = await writeVoteData(driver, slice());
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    const { records } = await driver.executeQuery('MATCH (n:RollCallStaged) RETURN count(n) AS n');
    expect(records[0]?.get('n').toNumber()).toBe(0);
  }, 240_000);
});
