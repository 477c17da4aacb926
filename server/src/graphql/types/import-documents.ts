import { AppError } from '../../errors';
import type {
  ChangeCount,
  ImportFileReport,
  ImportIssueReport,
  ImportReport,
} from '../../importer';
import { builder } from '../builder';
import { requireImporter } from '../write-access';

export const MAX_IMPORT_FILES = 50;
// A name only: the importer picks its reader by extension and quotes the name in issues.
const FILE_NAME = /^[^/\\\0]{1,200}$/;

const ImportFileInput = builder.inputType('ImportFileInput', {
  description: 'One file to import, sent as text.',
  fields: (t) => ({
    name: t.string({
      required: true,
      description:
        'File name with its extension, which picks the reader: .yaml, .yml or .json import ' +
        'documents, .csv or .txt treaty-status tables, .txt, .md or .html press text.',
    }),
    content: t.string({ required: true, description: 'The whole text of the file.' }),
  }),
});

const ImportFileReportRef = builder.objectRef<ImportFileReport>('ImportFileReport');
ImportFileReportRef.implement({
  description: 'What one file holds, after joining reports of the same declaration.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The file name as sent.' }),
    kind: t.exposeString('kind', {
      description: 'Which reader took it: an import document, a status table, press text.',
    }),
    declarations: t.exposeInt('declarations', { description: 'Declarations it holds.' }),
    participations: t.exposeInt('participations', {
      description: 'Participations (PARTY_TO rows) it holds.',
    }),
    nodes: t.exposeInt('nodes', { description: 'Node rows it writes, or would.' }),
    relationships: t.exposeInt('relationships', {
      description: 'Relationship rows it writes, or would.',
    }),
  }),
});

const ChangeCountRef = builder.objectRef<ChangeCount>('ImportChangeCount');
ChangeCountRef.implement({
  description: 'How many nodes and relationships one kind of change touches.',
  fields: (t) => ({
    nodes: t.exposeInt('nodes', { description: 'Nodes.' }),
    relationships: t.exposeInt('relationships', { description: 'Relationships.' }),
  }),
});

const ImportIssueRef = builder.objectRef<ImportIssueReport>('ImportIssue');
ImportIssueRef.implement({
  description: 'One problem in the files, with where it is and what may have been meant.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'What kind of problem: SCHEMA, SYNTAX, UNKNOWN_REFERENCE, DUPLICATE, …',
    }),
    message: t.exposeString('message', { description: 'What is wrong, in words.' }),
    file: t.exposeString('file', { nullable: true, description: 'The file it is in.' }),
    line: t.exposeInt('line', { nullable: true, description: '1-based line.' }),
    column: t.exposeInt('column', { nullable: true, description: '1-based column.' }),
    field: t.exposeString('field', {
      nullable: true,
      description: 'Path of the field, for example relationships[3].to.',
    }),
    candidates: t.stringList({
      description: 'Closest known names or keys, when a reference is unknown.',
      resolve: (issue) => issue.candidates ?? [],
    }),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport');
ImportReportRef.implement({
  description: 'What an import did, or in a dry run would do, and every problem found.',
  fields: (t) => ({
    ok: t.exposeBoolean('ok', {
      description: 'True when every file was valid; when false, nothing was written.',
    }),
    dryRun: t.exposeBoolean('dryRun', { description: 'Whether nothing was meant to be written.' }),
    written: t.exposeBoolean('written', { description: 'Whether anything was committed.' }),
    files: t.field({
      type: [ImportFileReportRef],
      description: 'Each file, in the order sent (empty when a file was invalid).',
      resolve: (r) => r.files,
    }),
    created: t.field({
      type: ChangeCountRef,
      nullable: true,
      description: 'Nodes and relationships that are (or would be) new; null when invalid.',
      resolve: (r) => r.counts?.created ?? null,
    }),
    updated: t.field({
      type: ChangeCountRef,
      nullable: true,
      description: 'Existing ones whose properties change (or would); null when invalid.',
      resolve: (r) => r.counts?.updated ?? null,
    }),
    unchanged: t.field({
      type: ChangeCountRef,
      nullable: true,
      description: 'Existing ones the files repeat exactly; null when invalid.',
      resolve: (r) => r.counts?.unchanged ?? null,
    }),
    issues: t.field({
      type: [ImportIssueRef],
      description: 'Every problem found; when there is any, nothing was written.',
      resolve: (r) => r.issues,
    }),
  }),
});

builder.mutationType({
  description: 'Writes. Each needs the header `Authorization: Bearer <IMPORT_TOKEN>`.',
});

builder.mutationFields((t) => ({
  importDocuments: t.field({
    type: ImportReportRef,
    description:
      'Imports files (import documents, treaty-status tables, press text) in one transaction: ' +
      'all of them or, when any has a problem, none. Needs `Authorization: Bearer <token>`; ' +
      'UNAUTHENTICATED without it, WRITES_DISABLED when the server has no IMPORT_TOKEN.',
    args: {
      files: t.arg({
        type: [ImportFileInput],
        required: true,
        description: `The files, 1 to ${MAX_IMPORT_FILES}.`,
      }),
      dryRun: t.arg.boolean({
        defaultValue: false,
        description: 'Validate and report only; write nothing.',
      }),
    },
    resolve: async (_root, args, context) => {
      const importer = requireImporter(context);
      if (args.files.length === 0 || args.files.length > MAX_IMPORT_FILES) {
        throw new AppError('BAD_USER_INPUT', `Send 1 to ${MAX_IMPORT_FILES} files.`, {
          details: { argument: 'files' },
        });
      }
      const badName = args.files.findIndex((file) => !FILE_NAME.test(file.name));
      if (badName >= 0) {
        throw new AppError(
          'BAD_USER_INPUT',
          `files[${badName}].name must be a file name (1 to 200 characters, no path).`,
          { details: { argument: `files[${badName}].name` } },
        );
      }
      return importer(
        args.files.map((file) => ({ name: file.name, content: file.content })),
        { dryRun: args.dryRun ?? false },
      );
    },
  }),
}));
