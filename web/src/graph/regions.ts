/**
 * UN M49 regions and the colours that tell them apart. The colours are from the Okabe-Ito
 * palette, which stays distinguishable under the common colour-vision deficiencies.
 */
export const REGION_COLORS = {
  Africa: '#E69F00',
  Americas: '#56B4E9',
  Asia: '#009E73',
  Europe: '#0072B2',
  Oceania: '#CC79A7',
  Unknown: '#B0B0B0',
} as const;

export type RegionKey = keyof typeof REGION_COLORS;
export const REGION_KEYS = Object.keys(REGION_COLORS) as RegionKey[];

/**
 * The region key a state is coloured by; anything that is not a UN M49 region is 'Unknown'.
 * @example toRegionKey('asia') // 'Asia'
 */
export function toRegionKey(region: string | null | undefined): RegionKey {
  const wanted = region?.trim().toLowerCase();
  return REGION_KEYS.find((key) => key !== 'Unknown' && key.toLowerCase() === wanted) ?? 'Unknown';
}
