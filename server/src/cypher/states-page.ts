import type { Condition, Page, PageQuery } from './page';
import { pageQuery } from './page';

export type StateFilter = {
  /** UN M49 region, any case. */
  region?: string | null;
  /** UN M49 subregion, any case. */
  subregion?: string | null;
  /** Declaration id the state signed. */
  signed?: string | null;
};

/** Filter terms on states bound as `n`. Regions compare case-insensitively: there are ~250 states. */
export function stateConditions(filter: StateFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.region) {
    conditions.push({
      text: 'toLower(n.region) = toLower($region)',
      params: { region: filter.region },
    });
  }
  if (filter.subregion) {
    conditions.push({
      text: 'toLower(n.subregion) = toLower($subregion)',
      params: { subregion: filter.subregion },
    });
  }
  if (filter.signed) {
    conditions.push({
      text: 'EXISTS { MATCH (n)-[:SIGNED]->(:Declaration {id: $signed}) }',
      params: { signed: filter.signed },
    });
  }
  return conditions;
}

/** States by name, then code. */
export function statesPageQuery(options: { filter?: StateFilter | null; page: Page }): PageQuery {
  return pageQuery({
    label: 'State',
    conditions: stateConditions(options.filter ?? {}),
    page: options.page,
  });
}
