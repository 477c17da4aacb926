import { describe, expect, it } from 'vitest';
import { compareStandings } from './compare-standings';

const state = (code: string, name: string) => ({ code, name });
const bgd = state('BGD', 'Bangladesh');
const lao = state('LAO', 'Laos');
const eri = state('ERI', 'Eritrea');
const mex = state('MEX', 'Mexico');
const esp = state('ESP', 'Spain');
const codes = (result: Record<string, { code: string }[]>) =>
  Object.fromEntries(Object.entries(result).map(([k, v]) => [k, v.map((s) => s.code)]));
const complete = <T>(standings: T[]) => ({ standings, complete: true });

describe('compareStandings', () => {
  it('splits members into both, only A and only B by name; non-members are in none', () => {
    const a = complete([lao, eri, bgd].map((s) => ({ state: s, member: true })));
    const b = complete([
      { state: mex, member: true },
      { state: lao, member: true },
      { state: esp, member: false },
    ]);
    expect(codes(compareStandings(a, b))).toEqual({
      both: ['LAO'],
      onlyA: ['BGD', 'ERI'],
      onlyB: ['MEX'],
      undetermined: [],
      noRecordInA: [],
      noRecordInB: [],
    });
  });

  it('puts a state undecided on either side in undetermined only', () => {
    const a = complete([lao, bgd, mex].map((s) => ({ state: s, member: true })));
    const b = complete([
      { state: bgd, member: null },
      { state: lao, member: true },
      { state: esp, member: null },
    ]);
    expect(codes(compareStandings(a, b))).toMatchObject({
      both: ['LAO'],
      onlyA: ['MEX'],
      onlyB: [],
      undetermined: ['BGD', 'ESP'],
    });
    expect(codes(compareStandings(b, a))).toMatchObject({
      both: ['LAO'],
      onlyA: [],
      onlyB: ['MEX'],
      undetermined: ['BGD', 'ESP'],
    });
  });

  it('sets apart members of one side that the other side’s partial data has no record of', () => {
    const crc = complete([lao, bgd, mex, esp].map((s) => ({ state: s, member: true })));
    const untoc = {
      standings: [
        { state: lao, member: true },
        { state: mex, member: false },
        { state: eri, member: true },
      ],
      complete: false,
    };
    // Bangladesh and Spain: no UNTOC record, so not "only in A"; Mexico's record says not party.
    expect(codes(compareStandings(crc, untoc))).toEqual({
      both: ['LAO'],
      onlyA: ['MEX'],
      onlyB: ['ERI'],
      undetermined: [],
      noRecordInA: [],
      noRecordInB: ['BGD', 'ESP'],
    });
    expect(codes(compareStandings(untoc, crc))).toMatchObject({
      onlyA: ['ERI'],
      onlyB: ['MEX'],
      noRecordInA: ['BGD', 'ESP'],
      noRecordInB: [],
    });
  });
});
