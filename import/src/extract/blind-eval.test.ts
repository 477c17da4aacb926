import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evalRuns, evalTable } from './real-eval-runs';
import { precisionRecall } from './signatory-score';

// The blind rounds' texts (import/fixtures/blind/<round>/), kept after the fixes each round
// prompted: import/README's table gives how each scored before the reader had seen it. A round's
// floor is what it scored after its fixes, less a state or two's margin, so that a later change
// cannot quietly lose what a round taught.
const ROUNDS = [
  { round: 'fiftieth', precision: 0.99, recall: 0.96, mentionedTaken: 0 },
  { round: 'fifty-first', precision: 0.99, recall: 0.91, mentionedTaken: 0 },
  // Russia and the DPRK, whose treaty "a week ago" a stakeout recalls; Iran, counted in the SCO
  // of an undated 2022 summit by today's members.
  { round: 'fifty-second', precision: 0.97, recall: 0.8, mentionedTaken: 3 },
  { round: 'fifty-third', precision: 0.99, recall: 0.92, mentionedTaken: 0 },
  // Norway and the United States of a second statement a reposted listing runs on into; Myanmar,
  // which stayed away from an ASEAN summit the text says only it "had no representative" at.
  { round: 'fifty-fourth', precision: 0.98, recall: 0.84, mentionedTaken: 3 },
  { round: 'fifty-fifth', precision: 0.99, recall: 0.95, mentionedTaken: 0 },
  { round: 'fifty-sixth', precision: 0.99, recall: 0.82, mentionedTaken: 0 },
  // Finland and Sweden, "taking part" in a Bucharest Nine meeting whose text only its hosts issued.
  { round: 'fifty-seventh', precision: 0.99, recall: 0.81, mentionedTaken: 2 },
  // Austria, Ireland and Malta, which "the bloc's three militarily neutral members are".
  { round: 'fifty-eighth', precision: 0.98, recall: 0.82, mentionedTaken: 3 },
  // Ethiopia, which "recently signed" a memorandum with Somaliland beside an IGAD summit.
  { round: 'fifty-ninth', precision: 0.99, recall: 0.97, mentionedTaken: 1 },
  // Scored blind and kept without fixes: 19 texts (two of its six writers had not finished
  // when the session closed; a twentieth, on a page the development set holds, was dropped). The "Quad" of Sudan's mediators read as the Indo-Pacific Quad, an
  // Ibero-American summit "18 de las 19 naciones presentes" read as all members less Argentina,
  // and a Ukraine summit's refusers taken.
  { round: 'sixtieth', precision: 0.81, recall: 0.67, mentionedTaken: 3, texts: 19 },
];

describe.each(ROUNDS)('the $round blind round, after its fixes', (round) => {
  const { precision, recall, mentionedTaken } = round;
  const runs = evalRuns(
    fileURLToPath(new URL(`../../fixtures/blind/${round.round}/`, import.meta.url)),
  );

  it(`keeps precision ${precision} and recall ${recall}, and takes at most ${mentionedTaken} states only mentioned`, () => {
    console.log(evalTable(runs));
    const score = precisionRecall(runs.map((r) => r.score));
    expect(runs.length).toBeGreaterThanOrEqual(round.texts ?? 20);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
    const taken = runs.flatMap((r) => r.mentionedTaken.map((c) => `${r.file}: ${c}`));
    expect(taken.length, taken.join(', ')).toBeLessThanOrEqual(mentionedTaken);
  });
});
