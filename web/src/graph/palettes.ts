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

/** How a group is drawn: a fill, or (`hollow`) a white node ringed by a dashed line of `color`. */
export type GroupStyle = { color: string; legend: string; hollow?: boolean };

/**
 * Treaty status: party is the "good" green, not party (as a complete table says) the alarming
 * vermilion, and no record a hollow dashed ring, so an absence of data never looks like a fact.
 */
export const STATUS_STYLES: Record<StatusKey, GroupStyle> = {
  PARTY: { color: '#009E73', legend: 'Party' },
  SIGNED_ONLY: { color: '#E69F00', legend: 'Signed only' },
  NOT_PARTY: { color: '#D55E00', legend: 'Not party' },
  WITHDRAWN: { color: '#CC79A7', legend: 'Withdrawn' },
  // An undated consent before the evidence for it: neither party nor not party.
  UNKNOWN: { color: '#B0B0B0', legend: 'Not known' },
  NO_RECORD: { color: '#4B5563', legend: 'No record', hollow: true },
};

/** In band order: A's members of which B has no record sit between "only A" and "both". */
export const COMPARE_GROUPS = [
  'onlyA',
  'noRecordInB',
  'both',
  'noRecordInA',
  'onlyB',
  'undetermined',
] as const;
export type CompareGroup = (typeof COMPARE_GROUPS)[number];

export const COMPARE_STYLES: Record<CompareGroup, GroupStyle> = {
  onlyA: { color: '#0072B2', legend: 'Only A' },
  // Hollow in the colour of the side they are known in: in A, nothing known of B.
  noRecordInB: { color: '#0072B2', legend: 'A, no record in B', hollow: true },
  both: { color: '#009E73', legend: 'Both' },
  noRecordInA: { color: '#E69F00', legend: 'B, no record in A', hollow: true },
  onlyB: { color: '#E69F00', legend: 'Only B' },
  // Undated consents before their evidence: the same grey as Treaty status's "Not known".
  undetermined: { color: STATUS_STYLES.UNKNOWN.color, legend: 'Not known' },
};
