import type { Condition, Page, PageQuery } from './page';
import { pageQuery } from './page';

export type DeclarationFilter = {
  /** ISO 3166-1 alpha-3 code, any case. */
  signatory?: string | null;
  /** Instrument id. */
  references?: string | null;
  adoptedFrom?: string | null;
  adoptedTo?: string | null;
  /** Case-insensitive substring of the title, summary or occasion. */
  text?: string | null;
};

/** Filter terms on declarations bound as `n`; reusable by any feature that narrows them. */
export function declarationConditions(filter: DeclarationFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.signatory) {
    conditions.push({
      text: 'EXISTS { MATCH (:State {code: $signatory})-[:SIGNED]->(n) }',
      params: { signatory: filter.signatory.toUpperCase() },
    });
  }
  if (filter.references) {
    conditions.push({
      text: 'EXISTS { MATCH (n)-[:REFERENCES]->(:Instrument {id: $references}) }',
      params: { references: filter.references },
    });
  }
  if (filter.adoptedFrom) {
    conditions.push({
      text: 'n.adoptedOn >= $adoptedFrom',
      params: { adoptedFrom: filter.adoptedFrom },
    });
  }
  if (filter.adoptedTo) {
    conditions.push({ text: 'n.adoptedOn <= $adoptedTo', params: { adoptedTo: filter.adoptedTo } });
  }
  if (filter.text?.trim()) {
    conditions.push({
      text: 'any(field IN [n.title, n.summary, n.occasion] WHERE toLower(field) CONTAINS toLower($text))',
      params: { text: filter.text.trim() },
    });
  }
  return conditions;
}

/** Declarations, newest first (undated last), then by id. */
export function declarationsPageQuery(options: {
  filter?: DeclarationFilter | null;
  page: Page;
}): PageQuery {
  return pageQuery({
    label: 'Declaration',
    conditions: declarationConditions(options.filter ?? {}),
    page: options.page,
  });
}
