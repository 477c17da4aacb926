import type { Condition, Page, PageQuery } from './page';
import { pageQuery } from './page';

export type InstrumentFilter = {
  /** Only these ids. */
  ids?: readonly string[] | null;
  /** One of the model's instrument kinds, lower-case as stored. */
  kind?: string | null;
  /** A stored `scheme:value` identifier, for example `untc:IV-11`. */
  identifier?: string | null;
};

/** Filter terms on instruments bound as `n`. */
export function instrumentConditions(filter: InstrumentFilter): Condition[] {
  return [
    ...(filter.ids ? [{ text: 'n.id IN $ids', params: { ids: [...filter.ids] } }] : []),
    ...(filter.kind ? [{ text: 'n.kind = $kind', params: { kind: filter.kind } }] : []),
    ...(filter.identifier
      ? [{ text: '$identifier IN n.identifiers', params: { identifier: filter.identifier } }]
      : []),
  ];
}

/** Instruments by name, then id. */
export function instrumentsPageQuery(options: {
  filter?: InstrumentFilter | null;
  page: Page;
}): PageQuery {
  return pageQuery({
    label: 'Instrument',
    conditions: instrumentConditions(options.filter ?? {}),
    page: options.page,
  });
}
