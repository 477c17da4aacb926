import { nodeKind, nodeKinds } from '@treatygraph/schema';
import type { ImportIssue } from '../errors';
import { closest } from '../resolve/edit-distance';
import { normalizeName } from '../resolve/normalize-name';
import { relationshipKindAt } from './allowed-fields';
import { fieldPath } from './field-path';
import { isKnownKey, referenceCandidates } from './reference-candidates';
import type { DocumentKeys } from './reference-candidates';
import type { SourceMap } from './source-map';
import { valueAt } from './value-at';

const rowsAt = (root: unknown, path: PropertyKey[]) => {
  const rows = valueAt(root, path);
  return Array.isArray(rows) ? (rows as unknown[]) : [];
};

/**
 * The keys the document defines, by label, and an issue for every key defined twice. Works on
 * the raw value so references are checked even when other fields fail validation.
 */
export function documentKeys(source: SourceMap): { keys: DocumentKeys; issues: ImportIssue[] } {
  const keys: DocumentKeys = new Map();
  const issues: ImportIssue[] = [];
  for (const [label, kind] of Object.entries(nodeKinds)) {
    const seen = new Set<string>();
    rowsAt(source.value, ['nodes', label]).forEach((row, i) => {
      const key = valueAt(row, [kind.key]);
      if (typeof key !== 'string') return;
      const path = ['nodes', label, i, kind.key];
      if (seen.has(key)) {
        issues.push({
          code: 'DUPLICATE',
          message: `${label} ${JSON.stringify(key)} is defined twice`,
          field: fieldPath(path),
          ...source.positionOf(path),
        });
      }
      seen.add(key);
    });
    keys.set(label, seen);
  }
  return { keys, issues };
}

const ALSO_SEARCHED: Record<string, string> = {
  State: ' or the gazetteer',
  Instrument: ' or the registry',
  Organization: ' or the registry',
};

// Only keys that fit the key's pattern are looked up; the rest already failed validation.
function isWellFormedKey(label: string, value: unknown): value is string {
  const kind = nodeKind(label);
  return kind.properties[kind.key]?.type.safeParse(value).success === true;
}

// Whether a relationship end needs no issue, remembered per label and key: a large document
// names the same few hundred states thousands of times.
type Fine = Map<string, boolean>;

function endpointIssues(options: {
  source: SourceMap;
  keys: DocumentKeys;
  index: number;
  fine: Fine;
}): ImportIssue[] {
  const { source, keys, index, fine } = options;
  const kind = relationshipKindAt(source.value, index);
  if (!kind) return [];
  return (['from', 'to'] as const).flatMap((end): ImportIssue[] => {
    const label = end === 'from' ? kind.from : kind.to;
    const path = ['relationships', index, end];
    const value = valueAt(source.value, path);
    const memo = typeof value === 'string' ? `${label} ${value}` : undefined;
    const ok =
      (memo !== undefined ? fine.get(memo) : undefined) ??
      (!isWellFormedKey(label, value) || isKnownKey({ label, key: value, documentKeys: keys }));
    if (memo !== undefined) fine.set(memo, ok);
    if (ok || typeof value !== 'string') return [];
    return [
      {
        code: 'UNKNOWN_REFERENCE',
        message: `no ${label} ${JSON.stringify(value)} in this document${ALSO_SEARCHED[label] ?? ''}`,
        field: fieldPath(path),
        ...source.positionOf(path),
        candidates: referenceCandidates({ label, value, documentKeys: keys }),
      },
    ];
  });
}

function sourceIssue(options: { source: SourceMap; keys: DocumentKeys; index: number }) {
  const { source, keys, index } = options;
  const path = ['relationships', index, 'source'];
  const value = valueAt(source.value, path);
  const sources = keys.get('Source') ?? new Set<string>();
  if (typeof value !== 'string' || sources.has(value)) return [];
  const entries = [...sources].map((s) => [normalizeName(s), s] as const);
  return [
    {
      code: 'UNKNOWN_REFERENCE' as const,
      message: `no Source ${JSON.stringify(value)} in this document`,
      field: fieldPath(path),
      ...source.positionOf(path),
      candidates: closest(normalizeName(value), entries, { limit: 3 }),
    },
  ];
}

/**
 * Every relationship endpoint and provenance source must name a node of the right label that
 * the document, the gazetteer (states) or the registry (instruments, organizations) holds;
 * a relationship may appear once per type and endpoints, as the database keeps one.
 */
export function referenceIssues(source: SourceMap, keys: DocumentKeys): ImportIssue[] {
  const seen = new Set<string>();
  const fine: Fine = new Map();
  return rowsAt(source.value, ['relationships']).flatMap((row, index) => {
    const identity = JSON.stringify(['type', 'from', 'to'].map((f) => valueAt(row, [f])));
    const duplicate: ImportIssue[] = seen.has(identity)
      ? [
          {
            code: 'DUPLICATE',
            message: 'the same relationship (type, from, to) is listed twice',
            field: fieldPath(['relationships', index]),
            ...source.positionOf(['relationships', index]),
          },
        ]
      : [];
    seen.add(identity);
    return [
      ...duplicate,
      ...endpointIssues({ source, keys, index, fine }),
      ...sourceIssue({ source, keys, index }),
    ];
  });
}
