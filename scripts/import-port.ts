import { importFiles, isImportError } from '@treatygraph/import';
import type { Importer } from '@treatygraph/server';
import type { Driver } from 'neo4j-driver';

/**
 * The API's importer port over @treatygraph/import: the composition root's adapter, so the
 * server never imports the importer. Invalid input comes back as a report with its issues
 * (nothing written); any other failure is thrown for the API to mask and log.
 * @example createYoga({ driver, importer: createImporter(driver, 'neo4j'), importToken })
 */
export function createImporter(driver: Driver, database?: string): Importer {
  return async (files, { dryRun }) => {
    try {
      const report = await importFiles(driver, files, { dryRun, database });
      return {
        ok: true,
        dryRun,
        written: report.written,
        files: report.files.map((f) => ({ ...f, name: f.file })),
        counts: report.counts,
        issues: [],
      };
    } catch (error) {
      if (!isImportError(error)) throw error;
      const issues = error.details.length
        ? error.details
        : [{ code: error.code, message: error.message }];
      return { ok: false, dryRun, written: false, files: [], counts: null, issues };
    }
  };
}
