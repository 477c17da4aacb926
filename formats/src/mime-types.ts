/** The media type of each export format, for the API's downloads and the UI's alike. */
export const EXPORT_MIME_TYPES = {
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
  csv: 'text/csv',
  json: 'application/json',
  zip: 'application/zip',
  png: 'image/png',
  svg: 'image/svg+xml',
  graphql: 'application/graphql',
  text: 'text/plain',
} as const;

export type ExportMimeFormat = keyof typeof EXPORT_MIME_TYPES;

/** The Content-Type header of a format: text formats say UTF-8. */
export function exportContentType(format: ExportMimeFormat): string {
  const type = EXPORT_MIME_TYPES[format];
  const binary = format === 'zip' || format === 'png';
  return binary ? type : `${type}; charset=utf-8`;
}
