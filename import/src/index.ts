// The public surface of @treatygraph/import; nothing else is imported from outside.
export { ImportError, IMPORT_ERROR_CODES, isImportError } from './errors';
export type { ImportErrorCode, ImportIssue } from './errors';
export { readDocument, parseImportDocument } from './read/document';
export { readStatusTable, parseStatusTable } from './read/status-table';
export type {
  StatusTable,
  StatusTableNote,
  StatusTableOptions,
  StatusTableSource,
} from './read/status-table';
export { resolveCountry, stateRows } from './resolve/countries';
export type { CountryResolution, StateRow } from './resolve/countries';
export { resolveInstrument, resolveOrganization, registryEntries } from './resolve/registry';
export type { RegistryEntry, RegistryLabel, RegistryResolution } from './resolve/registry';
export { applySchema } from './write/apply-schema';
export { writeDocument } from './write/write-document';
export type { WriteOptions, WriteSummary } from './write/write-document';
export { importCorpus, corpusFiles } from './import-corpus';
export { CORPUS_MARKER, corpusDocuments, seedCorpus } from './seed-corpus';
export type { SeedOptions, SeedResult } from './seed-corpus';
export type { SeedSummary } from './write/seed-plan';
export { CORPUS_VERSION } from './corpus-version';
export { importFiles } from './import-files';
export type { FileResult, ImportFilesOptions, ImportInput, ImportReport } from './import-files';
export type { ImportPreview } from './read/preview';
export type { InputKind } from './read/read-input';
export type { ChangeCounts, EntityChange } from './write/entity-changes';
export type { DeclarationMerge } from './write/merge-declarations';
export { runImportCli } from './cli';
export { loadImportConfig } from './config';
export type { ImportConfig } from './config';
export type { CliOptions, LocalNeo4jPort } from './cli';
export type { CorpusSummary, ImportCorpusOptions } from './import-corpus';
export { importVoteData, isVoteDataDir } from './votes/import-votes';
export { readVoteData } from './votes/read-votes';
export type { VoteData, RollCallRow, VoteRow } from './votes/read-votes';
export { writeVoteData } from './votes/write-votes';
export type { VoteWriteSummary } from './votes/write-votes';
export { importDataset, readDataset } from './dataset/import-dataset';
export type { DatasetReport, ImportDatasetOptions } from './dataset/import-dataset';
export type { Dataset, DatasetNote } from './dataset/dataset';
export { loadDataFolder } from './data-folder/load-data-folder';
export type {
  LoadDataFolderOptions,
  SourceLoad,
  SourceLoadState,
} from './data-folder/load-data-folder';
