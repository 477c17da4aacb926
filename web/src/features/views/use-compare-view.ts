import { request } from '../../api/client';
import { CompareDocument } from '../../api/generated/graphql';
import { useLoad, type LoadState } from '../../api/use-load';
import {
  byGroup,
  createCompareElements,
  type CompareSide,
  type Comparison,
} from '../../graph/compare-elements';
import { blocksNote } from '../../graph/blocks-note';
import { paint } from '../../graph/paint';
import { COMPARE_GROUPS, COMPARE_STYLES } from '../../graph/palettes';
import { queryText, type ViewModel } from './view-model';

/** What one side's data rests on, from the API's `ComparedSide`. */
export type SideData = {
  complete: boolean;
  asOf?: string | null;
  source?: { title?: string | null; publisher?: string | null } | null;
};

export type CompareView = ViewModel & {
  comparison: Comparison;
  a: CompareSide;
  b: CompareSide;
  /** The date instrument parties count on. */
  date: string;
  sides: { a: SideData; b: SideData };
};

const GROUP_ORDER = COMPARE_GROUPS.map((group) => COMPARE_STYLES[group].legend);

/** Compare: the states of A and B in three groups (and the undetermined), as of `asOf`. */
export function useCompareView(input: {
  a: CompareSide | undefined;
  b: CompareSide | undefined;
  asOf: string;
}): [LoadState<CompareView>, () => void] {
  const { a, b, asOf } = input;
  const key = a && b ? `compare:${a.id}:${b.id}:${asOf}` : null;
  return useLoad(key, async (signal) => {
    if (!a || !b) throw new Error('Pick two declarations or instruments to compare.');
    const variables = { a: a.id, b: b.id, asOf };
    const { compare } = await request(CompareDocument, variables, { signal });
    const { elements, groups } = createCompareElements({ a, b, comparison: compare });
    const { elements: painted, key: colorKey } = paint(elements, {
      title: 'States',
      colouring: byGroup(groups),
      order: GROUP_ORDER,
    });
    const none = COMPARE_GROUPS.every((group) => compare[group].length === 0);
    return {
      elements: painted,
      colorKey,
      comparison: compare,
      a,
      b,
      date: asOf,
      sides: { a: compare.a, b: compare.b },
      notices: [],
      blocks: blocksNote(groups.size),
      empty: none ? 'Neither side has any states on this date.' : null,
      query: queryText(CompareDocument, variables),
    };
  });
}
