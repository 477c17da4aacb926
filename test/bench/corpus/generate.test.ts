import { importDocumentSchema } from '@treatygraph/schema';
import { parseImportDocument, stateRows } from '@treatygraph/import';
import { describe, expect, it } from 'vitest';
import { generateCorpus, instrumentCount, MAX_INSTRUMENTS } from './generate';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ seed: 7, edges: 20_000, documentEdges: 2_000 });
  const relationships = corpus.documents.flatMap((d) => d.relationships);

  it('gives the same corpus for the same seed and another for another seed', () => {
    expect(generateCorpus({ seed: 7, edges: 20_000, documentEdges: 2_000 })).toEqual(corpus);
    const other = generateCorpus({ seed: 8, edges: 20_000, documentEdges: 2_000 });
    expect(other.declarations.map((d) => d.id)).not.toEqual(corpus.declarations.map((d) => d.id));
  });

  it('makes exactly the signature edges asked for, split into SIGNED and PARTY_TO', () => {
    const types = relationships.map((r) => r.type);
    expect(relationships).toHaveLength(20_000);
    expect(types.filter((t) => t === 'SIGNED')).toHaveLength(corpus.counts.signed);
    expect(types.filter((t) => t === 'PARTY_TO')).toHaveLength(corpus.counts.partyTo);
    expect(corpus.counts.partyTo).toBeGreaterThan(0);
    expect(
      generateCorpus({ seed: 1, edges: 1_000 }).documents.flatMap((d) => d.relationships),
    ).toHaveLength(1_000);
  });

  it('never puts two declarations on one topic on the same day (the importer would merge them)', () => {
    const rows = corpus.documents.flatMap((d) => d.nodes.Declaration ?? []);
    const pairs = rows.map((row) => `${String(row.adoptedOn)} ${String(row.summary)}`);
    expect(new Set(pairs).size).toBe(rows.length);
  });

  it('uses about 200 real states in regional blocs', () => {
    const gazetteer = new Set(stateRows().map((s) => s.code));
    const codes = corpus.blocs.flatMap((b) => b.codes);
    expect(codes.length).toBeGreaterThanOrEqual(190);
    expect(codes.length).toBeLessThanOrEqual(210);
    expect(codes.every((code) => gazetteer.has(code))).toBe(true);
    expect(relationships.every((r) => gazetteer.has(r.from))).toBe(true);
  });

  it('draws most signatories of a declaration from its blocs', () => {
    const blocOf = new Map(corpus.blocs.flatMap((b) => b.codes.map((c) => [c, b.name] as const)));
    const full = corpus.declarations.filter((d) => d.signatories.length >= 5);
    const inBlocs = full.map(
      (d) =>
        d.signatories.filter((c) => d.blocs.includes(blocOf.get(c) ?? '')).length /
        d.signatories.length,
    );
    const mean = inBlocs.reduce((a, b) => a + b, 0) / inBlocs.length;
    expect(mean).toBeGreaterThan(0.7);
    // Cross-bloc noise exists.
    expect(inBlocs.some((share) => share < 1)).toBe(true);
  });

  it('caps instruments at 500, each with a party table of consent dates and types', () => {
    expect(instrumentCount(1_000_000)).toBe(MAX_INSTRUMENTS);
    expect(instrumentCount(1_000)).toBe(1);
    expect(corpus.counts.instruments).toBe(instrumentCount(20_000));
    const parties = relationships.filter((r) => r.type === 'PARTY_TO');
    expect(parties.some((p) => p.consentType === 'ratification' && p.signedOn)).toBe(true);
    expect(parties.some((p) => p.consentType === 'accession' && !p.signedOn)).toBe(true);
    expect(parties.every((p) => !p.consentOn || p.consentType)).toBe(true);
  });

  it('packs documents that the importer accepts, each within the size asked for', () => {
    for (const document of corpus.documents) {
      expect(importDocumentSchema.safeParse(document).success).toBe(true);
      expect(document.relationships.length).toBeLessThanOrEqual(2_000);
    }
    const first = corpus.documents[0];
    const text = JSON.stringify(first);
    expect(parseImportDocument({ text, file: 'first.json' })).toEqual(first);
  });
});
