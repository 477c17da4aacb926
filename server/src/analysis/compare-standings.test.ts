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

describe('compareStandings', () => {
  it('splits members into both, only A and only B by name; non-members are in none', () => {
    const a = [lao, eri, bgd].map((s) => ({ state: s, member: true }));
    const b = [
      { state: mex, member: true },
      { state: lao, member: true },
      { state: esp, member: false },
    ];
    expect(codes(compareStandings(a, b))).toEqual({
      both: ['LAO'],
      onlyA: ['BGD', 'ERI'],
      onlyB: ['MEX'],
      undetermined: [],
    });
  });

  it('puts a state undecided on either side in undetermined only', () => {
    const a = [lao, bgd, mex].map((s) => ({ state: s, member: true }));
    const b = [
      { state: bgd, member: null },
      { state: lao, member: true },
      { state: esp, member: null },
    ];
    expect(codes(compareStandings(a, b))).toEqual({
      both: ['LAO'],
      onlyA: ['MEX'],
      onlyB: [],
      undetermined: ['BGD', 'ESP'],
    });
    expect(codes(compareStandings(b, a))).toEqual({
      both: ['LAO'],
      onlyA: [],
      onlyB: ['MEX'],
      undetermined: ['BGD', 'ESP'],
    });
  });
});
