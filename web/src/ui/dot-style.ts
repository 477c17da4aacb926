import type { CSSProperties } from 'react';

/** A legend dot: filled with the colour, or a white dot in a dashed ring for a hollow group. */
export function dotStyle(entry: { color: string; hollow?: boolean }): CSSProperties {
  return entry.hollow
    ? { background: '#FFFFFF', border: `2px dashed ${entry.color}`, boxSizing: 'border-box' }
    : { background: entry.color };
}
