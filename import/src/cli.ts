import { parseArgs } from 'node:util';
import type { ImportDocument } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import { loadImportConfig } from './config';
import { isImportError } from './errors';
import type { ImportError } from './errors';
import { formatIssue } from './format-issue';
import { corpusFiles, importCorpus } from './import-corpus';
import { readDocument } from './read/document';
import { readStatusTable } from './read/status-table';
import type { StatusTableOptions } from './read/status-table';
import { applySchema } from './write/apply-schema';
import { describeSummary } from './write/describe-summary';
import { writeDocument } from './write/write-document';

// The only module that reads argv, prints and sets the exit code.
const USAGE = `usage: tsx import/src/cli.ts [--dry-run] [--corpus] FILE...
       tsx import/src/cli.ts [--dry-run] --status --instrument ID --as-of YYYY-MM-DD
                             [--source-url URL] [--retrieved-on YYYY-MM-DD] FILE...

Validates treatygraph/1 import documents (YAML or JSON) and writes each to Neo4j in one
transaction. Every issue of every file is reported before anything is written.

  --dry-run       validate only; do not connect to Neo4j
  --corpus        also import the gazetteer and the bundled corpus (import/corpus)
  --status        FILEs are UN Treaty Collection status tables (CSV or pasted text), read as
                  PARTY_TO facts of the instrument --instrument (a registry id or name), true
                  as of --as-of, cited to the source at --source-url

Environment: NEO4J_URI (required unless --dry-run), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
Exit codes: 0 done, 1 invalid input or refused write, 2 usage, 3 unexpected failure.`;

const EXIT = { ok: 0, invalid: 1, usage: 2, unexpected: 3 } as const;

function report(error: ImportError): void {
  console.error(`error: ${error.message}`);
  for (const issue of error.details) console.error(`  ${formatIssue(issue)}`);
}

function readAll(
  files: string[],
  read: (file: string) => ImportDocument = readDocument,
): { file: string; document: ImportDocument }[] | undefined {
  const errors: ImportError[] = [];
  const documents = files.flatMap((file) => {
    try {
      return [{ file, document: read(file) }];
    } catch (error) {
      if (!isImportError(error)) throw error;
      errors.push(error);
      return [];
    }
  });
  errors.forEach(report);
  return errors.length === 0 ? documents : undefined;
}

/** A status table as a document; the rows it leaves out on purpose are noted, not refused. */
function readStatus(file: string, options: StatusTableOptions): ImportDocument {
  const table = readStatusTable(file, options);
  for (const note of table.notes) console.log(`note: ${note.file}:${note.line}: ${note.message}`);
  return table.document;
}

function counts(document: ImportDocument): string {
  const nodes = Object.values(document.nodes).reduce((n, rows) => n + rows.length, 0);
  return `${nodes} nodes, ${document.relationships.length} relationships`;
}

async function write(options: {
  documents: { file: string; document: ImportDocument }[];
  corpus: boolean;
}) {
  const config = loadImportConfig(process.env);
  const auth =
    config.user === undefined ? undefined : neo4j.auth.basic(config.user, config.password ?? '');
  const driver = neo4j.driver(config.uri, auth, { userAgent: 'treatygraph-import' });
  const database = { ...(config.database && { database: config.database }) };
  try {
    // importCorpus applies the schema itself, before anything else.
    if (!options.corpus) await applySchema(driver, database);
    if (options.corpus) {
      const summary = await importCorpus(driver, {
        ...database,
        onProgress: (m) => console.log(m),
      });
      console.log(`corpus: ${JSON.stringify(summary)}`);
    }
    for (const { file, document } of options.documents) {
      const summary = await writeDocument(driver, document, database);
      console.log(`${file}: wrote ${describeSummary(summary)}`);
    }
  } finally {
    await driver.close();
  }
}

async function main(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      corpus: { type: 'boolean', default: false },
      status: { type: 'boolean', default: false },
      instrument: { type: 'string' },
      'as-of': { type: 'string' },
      'source-url': { type: 'string' },
      'retrieved-on': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) return (console.log(USAGE), EXIT.ok);
  if (positionals.length === 0 && !values.corpus) return (console.error(USAGE), EXIT.usage);
  const dryRun = values['dry-run'];
  const { instrument, 'as-of': asOf } = values;
  const statusOnly = [instrument, asOf, values['source-url'], values['retrieved-on']];
  if (values.status ? !instrument || !asOf : statusOnly.some((v) => v !== undefined)) {
    return (console.error(USAGE), EXIT.usage);
  }
  const status: StatusTableOptions | undefined =
    values.status && instrument && asOf
      ? {
          instrument,
          asOf,
          source: {
            ...(values['source-url'] && { url: values['source-url'] }),
            ...(values['retrieved-on'] && { retrievedOn: values['retrieved-on'] }),
          },
        }
      : undefined;
  // A dry run checks the corpus here; a real one leaves it to importCorpus.
  const corpus = dryRun && values.corpus ? corpusFiles() : [];
  let documents: { file: string; document: ImportDocument }[] | undefined;
  if (status) {
    // Both are read, so that every issue of every file is reported.
    const fromCorpus = readAll(corpus);
    const tables = readAll(positionals, (file) => readStatus(file, status));
    documents = fromCorpus && tables && [...fromCorpus, ...tables];
  } else documents = readAll([...corpus, ...positionals]);
  if (!documents) return EXIT.invalid;
  if (dryRun) {
    for (const { file, document } of documents) console.log(`${file}: valid, ${counts(document)}`);
    return EXIT.ok;
  }
  await write({ documents, corpus: values.corpus });
  return EXIT.ok;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (isImportError(error)) {
      report(error);
      process.exitCode = EXIT.invalid;
    } else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = EXIT.usage;
    } else {
      console.error(error);
      process.exitCode = EXIT.unexpected;
    }
  },
);
