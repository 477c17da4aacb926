type Row = { code: string; name: string; region?: string | null };

const cell = (value: string): string =>
  /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * One compare group as CSV: ISO code, name and UN region, one state a line (RFC 4180 quoting).
 * @example groupCsv([{ code: 'LAO', name: 'Laos', region: 'Asia' }]) // 'code,name,region\r\nLAO,Laos,Asia\r\n'
 */
export function groupCsv(states: readonly Row[]): string {
  const lines = [
    ['code', 'name', 'region'],
    ...states.map((s) => [s.code, s.name, s.region ?? '']),
  ];
  return lines.map((line) => line.map(cell).join(',')).join('\r\n') + '\r\n';
}
