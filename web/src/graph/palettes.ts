import type { StatusKey } from './participation-status';

/**
 * Colours for detected coalitions, in order of size: the Okabe-Ito palette, which stays
 * distinguishable under the common colour-vision deficiencies, then grey for the rest.
 */
export const COALITION_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;
export const OTHER_COLOR = '#B0B0B0';

/** Treaty status: party is the "good" green, not party the alarming vermilion. */
export const STATUS_STYLES: Record<StatusKey, { color: string; legend: string }> = {
  PARTY: { color: '#009E73', legend: 'Party' },
  SIGNED_ONLY: { color: '#E69F00', legend: 'Signed only' },
  NOT_PARTY: { color: '#D55E00', legend: 'Not party' },
  WITHDRAWN: { color: '#CC79A7', legend: 'Withdrawn' },
  // An undated consent before the evidence for it: neither party nor not party.
  UNKNOWN: { color: '#B0B0B0', legend: 'Not known' },
};

export const COMPARE_GROUPS = ['onlyA', 'both', 'onlyB', 'undetermined'] as const;
export type CompareGroup = (typeof COMPARE_GROUPS)[number];

export const COMPARE_STYLES: Record<CompareGroup, { color: string; legend: string }> = {
  onlyA: { color: '#0072B2', legend: 'Only A' },
  both: { color: '#009E73', legend: 'Both' },
  onlyB: { color: '#E69F00', legend: 'Only B' },
  // Undated consents before their evidence: the same grey as Treaty status's "Not known".
  undetermined: { color: STATUS_STYLES.UNKNOWN.color, legend: 'Not known' },
};
