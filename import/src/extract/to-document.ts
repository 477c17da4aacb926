import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { IMPORT_FORMAT, declarationId, slugify, sourceId } from '@treatygraph/schema';
import type { ImportDocument, NodeRow, RelationshipRow } from '@treatygraph/schema';
import { transliterate } from './transliterate';
import type { Evidence, ExtractedDeclaration, Extraction } from './types';

/** The date a declaration's id carries when the text states no adoption date. */
export const UNKNOWN_DATE = '0000-00-00';

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function slugOrHash(text: string, prefix: string): string {
  const slug = slugify(transliterate(text));
  return /^[a-z]/.test(slug) ? slug : `${prefix}-${shortHash(text)}`;
}

/**
 * The id of an extracted declaration: its adoption date, else its source's publication date,
 * else 0000-00-00 (the extraction warns in both cases), and a slug of its title.
 */
export function extractedDeclarationId(
  declaration: ExtractedDeclaration,
  extraction: Extraction,
  file: string,
): string {
  const date = declaration.adoptedOn ?? extraction.source.publishedOn ?? UNKNOWN_DATE;
  const title = declarationTitle(declaration, extraction, file);
  // A title in a script slugify drops (Chinese, Arabic) leaves no slug: its hash stands in.
  return declarationId(date, slugOrHash(title, 'statement'));
}

function declarationTitle(declaration: ExtractedDeclaration, extraction: Extraction, file: string) {
  return declaration.title ?? extraction.source.title ?? `Statement in ${basename(file)}`;
}

function provenance(source: string, evidence: Evidence) {
  return {
    source,
    quote: evidence.sentence,
    quoteStart: evidence.sentenceStart ?? evidence.start,
    quoteEnd: evidence.sentenceEnd ?? evidence.end,
  };
}

function sourceRow(extraction: Extraction, file: string): NodeRow {
  const { title, publisher, url, publishedOn } = extraction.source;
  // Without a URL, the same title, publisher and date make the same source, whatever the file.
  const name = title ?? basename(file, extname(file));
  const key = [name, publisher, publishedOn].join('|');
  const id = url
    ? sourceId(url)
    : `src-${slugify(name, 40) || 'text'}-${shortHash(key).slice(0, 8)}`;
  return Object.fromEntries(
    Object.entries({ id, url, title, publisher, publishedOn }).filter(([, v]) => v !== null),
  );
}

/**
 * The facts of an extraction as a `treatygraph/1` import document: one Source for the text,
 * each declaration with the states and organizations that signed it, what it references and
 * supports and the group it speaks for, every fact quoting its sentence with its offsets.
 * Declarations that need review are left out.
 */
export function extractionToDocument(extraction: Extraction, options: { file: string }): unknown {
  const source = sourceRow(extraction, options.file);
  const sourceKey = String(source.id);
  const declarations: NodeRow[] = [];
  const groups: NodeRow[] = [];
  const organizations: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  // A declaration that waits for review is reported by the dry run, never written.
  for (const declaration of extraction.declarations.filter((d) => !d.needsReview)) {
    const id = extractedDeclarationId(declaration, extraction, options.file);
    const title = declarationTitle(declaration, extraction, options.file);
    declarations.push({
      id,
      title,
      ...(declaration.adoptedOn && { adoptedOn: declaration.adoptedOn }),
      ...(declaration.occasion && { occasion: declaration.occasion }),
      ...(declaration.partial && { partialSignatories: 'yes' }),
    });
    relationships.push({ type: 'REPORTED_IN', from: id, to: sourceKey });
    for (const s of declaration.signatories) {
      relationships.push({
        type: 'SIGNED',
        from: s.code,
        to: id,
        ...provenance(sourceKey, s.evidence),
      });
    }
    for (const s of declaration.nonStateSignatories) {
      const orgId = s.id ?? slugOrHash(s.name, 'organization');
      if (!s.id && !organizations.some((o) => o.id === orgId)) {
        organizations.push({ id: orgId, name: s.name });
      }
      relationships.push({
        type: 'ORGANIZATION_SIGNED',
        from: orgId,
        to: id,
        ...provenance(sourceKey, s.evidence),
      });
    }
    for (const r of declaration.references) {
      relationships.push({
        type: 'REFERENCES',
        from: id,
        to: r.id,
        ...provenance(sourceKey, r.evidence),
      });
    }
    for (const o of declaration.organizations) {
      relationships.push({
        type: 'SUPPORTS',
        from: id,
        to: o.id,
        ...provenance(sourceKey, o.evidence),
      });
    }
    if (declaration.group) {
      const groupId = slugOrHash(declaration.group, 'group');
      if (!groups.some((g) => g.id === groupId))
        groups.push({ id: groupId, name: declaration.group });
      relationships.push({
        type: 'SPEAKS_FOR',
        from: id,
        to: groupId,
        ...provenance(sourceKey, declaration.evidence),
      });
    }
  }
  const nodes: ImportDocument['nodes'] = { Source: [source], Declaration: declarations };
  if (groups.length > 0) nodes.Group = groups;
  if (organizations.length > 0) nodes.Organization = organizations;
  return { format: IMPORT_FORMAT, nodes, relationships } satisfies ImportDocument;
}
