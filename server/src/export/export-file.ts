import {
  attributionNotice,
  exportContentType,
  writeEdgesCsv,
  writeGexf,
  writeGraphml,
  writeNodesCsv,
  writeViewJson,
} from '@treatygraph/formats';
import { strToU8, zipSync } from 'fflate';
import type { GraphViewRecord } from '../loaders/graph-view';
import type { SourceRecord } from '../records';
import { writeSourcesCsv } from './sources-csv';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'json', 'zip'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which table `.csv` returns: Gephi's spreadsheet import reads nodes and edges separately. */
export type CsvPart = 'nodes' | 'edges';

export type ExportFile = { body: Uint8Array; contentType: string; fileName: string };

const text = (body: string, contentType: string, fileName: string): ExportFile => ({
  body: strToU8(body),
  contentType,
  fileName,
});

/**
 * A view in one exchange format. The ZIP holds every format plus `sources.csv`, so it
 * needs the view's sources (the other formats ignore them), and `ATTRIBUTION.txt`.
 */
export function exportFile(options: {
  view: GraphViewRecord;
  format: ExportFormat;
  part: CsvPart;
  sources: readonly SourceRecord[];
}): ExportFile {
  const { view } = options;
  switch (options.format) {
    case 'graphml':
      return text(writeGraphml(view), exportContentType('graphml'), 'view.graphml');
    case 'gexf':
      return text(writeGexf(view), exportContentType('gexf'), 'view.gexf');
    case 'json':
      return text(writeViewJson(view), exportContentType('json'), 'view.json');
    case 'csv':
      return options.part === 'nodes'
        ? text(writeNodesCsv(view), exportContentType('csv'), 'nodes.csv')
        : text(writeEdgesCsv(view), exportContentType('csv'), 'edges.csv');
    case 'zip':
      return {
        body: zipSync({
          'view.graphml': strToU8(writeGraphml(view)),
          'view.gexf': strToU8(writeGexf(view)),
          'nodes.csv': strToU8(writeNodesCsv(view)),
          'edges.csv': strToU8(writeEdgesCsv(view)),
          'view.json': strToU8(writeViewJson(view)),
          'sources.csv': strToU8(writeSourcesCsv(options.sources)),
          // The notice the datasets' licences ask for (ODbL, CC BY) travels with the data.
          'ATTRIBUTION.txt': strToU8(attributionNotice()),
        }),
        contentType: exportContentType('zip'),
        fileName: 'view.zip',
      };
  }
}
