import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { classifyNeo4jError } from '@treatygraph/schema';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { loadImportConfig } from './config';
import type { ImportConfig } from './config';
import { ImportError, isImportError } from './errors';
import type { ImportIssue } from './errors';
import { formatIssue } from './format-issue';
import { corpusFiles, importCorpus } from './import-corpus';
import { importFiles } from './import-files';
import type { ImportInput, ImportReport } from './import-files';
import { describeDataset, describeNotes } from './dataset/describe-dataset';
import { importDataset } from './dataset/import-dataset';
import { readTextFile } from './read/read-text-file';
import { describeCounts, describeReview } from './write/describe-review';
import { describeHistorical, isVoteDataDir } from './votes/import-votes';
import { readVoteData } from './votes/read-votes';
import type { VoteData } from './votes/read-votes';
import { writeVoteData } from './votes/write-votes';

// The only module that reads argv, prints and sets the exit code.
const USAGE = `usage: npm run import -- [--dry-run [--json]] [--corpus] [--instrument ID] [--as-of YYYY-MM-DD]
                          [--complete | --partial] [--source-url URL] [--retrieved-on YYYY-MM-DD] FILE...
       npm run import -- [--dry-run] FOLDER...

Imports every FILE into Neo4j in one transaction, after reading and validating all of them:
  .yaml .yml .json     treatygraph/1 import documents
  .csv                 UN Treaty Collection status tables
  .txt .html           status tables when they hold the status page's table, else statements
  .md                  statements (press releases, news reports), from which declarations,
                       signatories, cited instruments and organizations are extracted
A declaration that two sources report (same date, near-identical title and signatories) is
written once, with both sources.

A FOLDER is a whole source: the UN Treaty Collection's MTDSG tables (index.csv, treaties/*.csv,
declarations/*.txt) or the manytreaties GGO tables (agreements.csv, parties.csv), each in one
transaction; or UN General Assembly votes (roll_calls.csv, votes.csv, roll_call_issues.csv), in
transactions of 100,000 votes, new and changed roll calls visible only once all their votes are in. Rows it cannot read are left out and listed with file and line;
instruments that may be ones already known are listed for review, not merged.

  --dry-run       write nothing; review what would be created, changed or merged, compared with
                  the database when NEO4J_URI is set and reachable
  --json          with --dry-run: print only the extracted facts as one JSON object; no database
  --corpus        also import the gazetteer and the bundled corpus (import/corpus)
  --instrument    the instrument of status tables whose heading does not name it (registry id)
  --as-of         the date status tables were true, when they print no "Status as at"
  --complete      status tables list every participant as at their date, so a state left out is
                  not party then (the default only for a page that prints "Status as at")
  --partial       status tables are cuts: a state left out has no record, not "not party"
  --source-url, --retrieved-on   where and when the status tables were retrieved
  --timeout       seconds the files' one transaction may take (default: the database's
                  db.transaction.timeout; 0: no limit); past it nothing is written

Environment: NEO4J_URI (through npm run import, the local Neo4j in .data/neo4j when unset),
NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.
Exit codes: 0 done, 1 invalid input (every issue is listed) or a write the database refused
(nothing is written), 2 database unreachable, 3 unexpected failure.`;

const EXIT = { ok: 0, invalid: 1, unreachable: 2, unexpected: 3 } as const;

/** The local Neo4j that `npm run import` falls back on when NEO4J_URI is not set. */
export type LocalNeo4jPort = {
  /** Its URI when it is already running (under `npm start`, say). */
  running(): Promise<string | undefined>;
  start(): Promise<{ uri: string; stop(): Promise<void> }>;
};

export type CliOptions = {
  env?: Record<string, string | undefined>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  localNeo4j?: LocalNeo4jPort;
};

type Io = Required<Omit<CliOptions, 'localNeo4j'>> & Pick<CliOptions, 'localNeo4j'>;

class Unreachable extends Error {}

// Unreachable, refused credentials, no such database: the server's reading of Neo4j errors.
function isUnreachable(error: unknown): boolean {
  return error instanceof Unreachable || classifyNeo4jError(error)?.kind === 'unavailable';
}

// A Neo4j client error (a constraint, say) rolls the run back; it is not a bug of the importer.
function isRefusal(error: unknown): error is Error {
  return (
    error instanceof Error && 'code' in error && String(error.code).startsWith('Neo.ClientError')
  );
}

function reportIssues(io: Io, error: ImportError): void {
  io.stderr(`error: ${error.message}`);
  for (const issue of error.details) io.stderr(`  ${formatIssue(issue)}`);
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      corpus: { type: 'boolean', default: false },
      instrument: { type: 'string' },
      'as-of': { type: 'string' },
      complete: { type: 'boolean' },
      partial: { type: 'boolean' },
      'source-url': { type: 'string' },
      'retrieved-on': { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
}

/** Every file's text; the unreadable ones as issues. */
function readFiles(files: string[]): { inputs: ImportInput[]; issues: ImportIssue[] } {
  const inputs: ImportInput[] = [];
  const issues: ImportIssue[] = [];
  for (const file of files) {
    try {
      inputs.push({ name: file, content: readTextFile(file) });
    } catch (error) {
      if (!isImportError(error)) throw error;
      issues.push(...error.details);
    }
  }
  return { inputs, issues };
}

/** The configured Neo4j, or the local one, or why there is none. */
async function databaseUri(
  io: Io,
  options: { start: boolean },
): Promise<{ config: ImportConfig; stop?: () => Promise<void> } | { none: string }> {
  if (io.env.NEO4J_URI) return { config: loadImportConfig(io.env) };
  const local = io.localNeo4j;
  if (!local) return { none: 'NEO4J_URI is not set' };
  const running = await local.running();
  if (running) return { config: loadImportConfig({ ...io.env, NEO4J_URI: running }) };
  if (!options.start) return { none: 'NEO4J_URI is not set and the local Neo4j is not running' };
  io.stderr('NEO4J_URI is not set: starting the local Neo4j (data in .data/neo4j)');
  const started = await local.start();
  return { config: loadImportConfig({ ...io.env, NEO4J_URI: started.uri }), stop: started.stop };
}

async function openDriver(config: ImportConfig): Promise<Driver> {
  const auth =
    config.user === undefined ? undefined : neo4j.auth.basic(config.user, config.password ?? '');
  const driver = neo4j.driver(config.uri, auth, {
    userAgent: 'treatygraph-import',
    connectionTimeout: 15_000,
  });
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
    return driver;
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Unreachable(`cannot reach Neo4j at ${config.uri}: ${reason}`);
  }
}

function printOutcome(io: Io, report: ImportReport): void {
  const { unresolved, warnings } = report.preview;
  for (const w of warnings)
    io.stderr(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  for (const u of unresolved) io.stderr(`unresolved: ${u.file}: "${u.text}"`);
  for (const m of report.merges) {
    io.stdout(`merged: ${m.file}: "${m.title}" into ${m.into} (reported before in ${m.origin})`);
  }
  if (report.counts) io.stdout(`${describeCounts(report.counts, report.elapsedMs)}`);
}

type Values = ReturnType<typeof parse>['values'];

// Seconds on the command line, milliseconds for the driver.
function timeoutMs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new ImportError({
      code: 'INVALID_CONFIG',
      message: `--timeout: "${text}" is not a number of seconds (0 for no limit)`,
    });
  }
  return Math.round(seconds * 1000);
}

function importOptions(values: Values) {
  const timeout = timeoutMs(values.timeout);
  return {
    ...(timeout !== undefined && { timeoutMs: timeout }),
    ...(values.instrument && { instrument: values.instrument }),
    ...(values['as-of'] && { asOf: values['as-of'] }),
    ...(values.complete && { complete: true }),
    ...(values.partial && { complete: false }),
    statusSource: {
      ...(values['source-url'] && { url: values['source-url'] }),
      ...(values['retrieved-on'] && { retrievedOn: values['retrieved-on'] }),
    },
  };
}

/** Every file read and validated with no database, before anything is started or written. */
async function check(io: Io, files: string[], values: Values) {
  const { inputs, issues } = readFiles(files);
  const checked = await importFiles(null, inputs, { ...importOptions(values), dryRun: true }).catch(
    (error: unknown) => {
      if (!isImportError(error)) throw error;
      issues.push(...error.details);
      return undefined;
    },
  );
  if (checked && issues.length === 0) return { inputs, checked };
  const message = `${issues.length === 1 ? '1 issue' : `${issues.length} issues`}; nothing was written`;
  reportIssues(io, new ImportError({ code: 'INVALID_DOCUMENT', message, details: issues }));
  return undefined;
}

async function importVotes(io: Io, driver: Driver, job: { votes: VoteData[]; database?: string }) {
  for (const data of job.votes) {
    const started = performance.now();
    const summary = await writeVoteData(driver, data, {
      ...(job.database && { database: job.database }),
      onProgress: (message) => io.stderr(`[votes] ${message}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `votes: ${summary.rollCalls} roll calls and ${summary.votes} votes ` +
        `(${summary.unchanged} roll calls unchanged, ${summary.replaced} replaced); created ` +
        `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships in ${seconds} s`,
    );
  }
}

async function importInto(
  io: Io,
  driver: Driver,
  job: { inputs: ImportInput[]; values: Values; database?: string },
): Promise<void> {
  const { inputs, values } = job;
  const dryRun = values['dry-run'];
  const database = { ...(job.database && { database: job.database }) };
  const progress = (message: string) => io.stderr(`[import] ${message}`);
  if (values.corpus && !dryRun) {
    const started = performance.now();
    const corpus = await importCorpus(driver, { ...database, onProgress: progress });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      `corpus: ${corpus.files} files; created ${corpus.nodesCreated} nodes and ` +
        `${corpus.relationshipsCreated} relationships, wrote ${corpus.nodes} nodes and ` +
        `${corpus.relationships} relationships in all, in ${seconds} s`,
    );
  }
  if (inputs.length === 0) return;
  const options = { ...importOptions(values), ...database, dryRun, onProgress: progress };
  const report = await importFiles(driver, inputs, options);
  if (dryRun) io.stdout(describeReview(report));
  else printOutcome(io, report);
}

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** A treaty or vote dataset folder, in its own transactions, printing what it left out. */
async function importFolder(
  io: Io,
  driver: Driver,
  job: { folder: string; dryRun: boolean; database?: string },
) {
  const database = { ...(job.database && { database: job.database }) };
  if (isVoteDataDir(job.folder)) {
    const data = readVoteData(job.folder);
    for (const line of describeHistorical(data)) io.stderr(`[votes] ${line}`);
    if (job.dryRun) {
      io.stdout(
        `votes: would write ${data.rollCalls.length} roll calls and ${data.votes.length} votes`,
      );
      return;
    }
    await importVotes(io, driver, { votes: [data], ...database });
    return;
  }
  const report = await importDataset(driver, job.folder, {
    dryRun: job.dryRun,
    ...database,
    onProgress: (message) => io.stderr(`[import] ${message}`),
  });
  for (const line of describeNotes(report)) io.stderr(line);
  io.stdout(describeDataset(report));
}

/** Imports dataset folders, each in its own transactions. */
async function importFolders(io: Io, folders: string[], dryRun: boolean): Promise<number> {
  const target = await databaseUri(io, { start: !dryRun });
  if ('none' in target) throw new Unreachable(`${target.none}: nothing to import into`);
  try {
    const driver = await openDriver(target.config);
    try {
      for (const folder of folders) {
        await importFolder(io, driver, { folder, dryRun, database: target.config.database });
      }
      return EXIT.ok;
    } finally {
      await driver.close();
    }
  } finally {
    await target.stop?.();
  }
}

async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) return (io.stdout(USAGE), EXIT.ok);
  const dryRun = values['dry-run'];
  const folders = positionals.filter(isFolder);
  if (folders.length > 0) {
    if (folders.length !== positionals.length || values.corpus || values.json) {
      return (
        io.stderr(`folders are imported alone, without --corpus or --json\n\n${USAGE}`),
        EXIT.invalid
      );
    }
    return importFolders(io, folders, dryRun);
  }
  if ((positionals.length === 0 && !values.corpus) || (values.json && !dryRun)) {
    return (io.stderr(USAGE), EXIT.invalid);
  }
  if (values.complete && values.partial) {
    return (io.stderr(`--complete and --partial exclude each other\n\n${USAGE}`), EXIT.invalid);
  }
  const files = dryRun && values.corpus ? [...corpusFiles(), ...positionals] : positionals;
  const valid = await check(io, files, values);
  if (!valid) return EXIT.invalid;
  const { inputs, checked } = valid;
  if (dryRun && values.json) return (io.stdout(JSON.stringify(checked.preview, null, 2)), EXIT.ok);
  const target = await databaseUri(io, { start: !dryRun });
  if ('none' in target) {
    if (!dryRun) throw new Unreachable(`${target.none}: nothing to import into`);
    return (io.stdout(describeReview(checked, target.none)), EXIT.ok);
  }
  try {
    const driver = await openDriver(target.config).catch((error: unknown) => {
      if (dryRun && error instanceof Unreachable) return error;
      throw error;
    });
    if (driver instanceof Unreachable) {
      return (io.stdout(describeReview(checked, driver.message)), EXIT.ok);
    }
    try {
      await importInto(io, driver, { inputs, values, database: target.config.database });
      return EXIT.ok;
    } finally {
      await driver.close();
    }
  } finally {
    await target.stop?.();
  }
}

/**
 * Runs the import command line: returns its exit code, printing through `options`.
 * @example process.exitCode = await runImportCli(['--dry-run', 'statement.txt'])
 */
export async function runImportCli(args: string[], options: CliOptions = {}): Promise<number> {
  const io: Io = {
    env: options.env ?? process.env,
    stdout: options.stdout ?? ((text) => console.log(text)),
    stderr: options.stderr ?? ((text) => console.error(text)),
    ...(options.localNeo4j && { localNeo4j: options.localNeo4j }),
  };
  try {
    return await run(args, io);
  } catch (error) {
    if (isImportError(error)) {
      reportIssues(io, error);
      return EXIT.invalid;
    }
    // Before refusals: a missing database or refused credentials are Neo.ClientErrors too.
    if (isUnreachable(error)) {
      io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.unreachable;
    }
    if (isRefusal(error)) {
      io.stderr(`error: the database refused the import; nothing was written: ${error.message}`);
      return EXIT.invalid;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`${error.message}\n\n${USAGE}`);
      return EXIT.invalid;
    }
    io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return EXIT.unexpected;
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = await runImportCli(process.argv.slice(2));
}
