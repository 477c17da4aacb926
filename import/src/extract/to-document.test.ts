import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importDocumentSchema } from '@treatygraph/schema';
import { describe, expect, it } from 'vitest';
import { warmUpReader } from '../testing/signer-codes';
import { extractFromText } from './extract';
import { extractionToDocument } from './to-document';

const seedPath = fileURLToPath(
  new URL('../../../../shared/seeds/000_9e24b62923abd9c7.txt', import.meta.url),
);
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/text/${name}`, import.meta.url));

function documentOf(path: string, format: 'txt' | 'md' | 'html') {
  const text = readFileSync(path, 'utf8');
  const extraction = extractFromText(text, { file: path, format });
  return {
    text,
    document: importDocumentSchema.parse(extractionToDocument(extraction, { file: path })),
  };
}

describe('extractionToDocument', () => {
  warmUpReader();

  it('gives a valid treatygraph/1 document for the seed, with the id rule’s declaration id', () => {
    const { text, document } = documentOf(seedPath, 'txt');
    const [declaration] = document.nodes.Declaration ?? [];
    expect(declaration).toEqual({
      id: '2025-07-30-human-trafficking-is-organized-crime-its-time-to-end-exploit',
      title: "Human Trafficking is Organized Crime. It's Time to End Exploitation",
      adoptedOn: '2025-07-30',
      occasion: 'World Day Against Trafficking in Persons',
    });
    const count = (type: string) => document.relationships.filter((r) => r.type === type).length;
    expect([count('SIGNED'), count('REFERENCES'), count('SUPPORTS'), count('SPEAKS_FOR')]).toEqual([
      22, 4, 2, 1,
    ]);
    const signed = document.relationships.find((r) => r.type === 'SIGNED' && r.from === 'LAO');
    expect(signed && text.slice(Number(signed.quoteStart), Number(signed.quoteEnd))).toBe(
      signed?.quote,
    );
    expect(document.nodes.Source).toEqual([
      {
        id: expect.stringMatching(/^src-belarus-group-of-friends-adopt-[a-z-]+-[0-9a-f]{8}$/),
        title: 'Belarus, Group of Friends adopt declaration on combating human trafficking',
        publisher: 'BelTA',
        publishedOn: '2025-07-30',
      },
    ]);
  });

  it('signs for the EU with ORGANIZATION_SIGNED and cites the source by its URL', () => {
    const { document } = documentOf(fixture('eu-alignment.txt'), 'txt');
    expect(document.relationships).toContainEqual(
      expect.objectContaining({ type: 'ORGANIZATION_SIGNED', from: 'eu' }),
    );
    const html = documentOf(fixture('government-press-release.html'), 'html').document;
    expect(html.nodes.Source?.[0]).toHaveProperty(
      'url',
      'https://www.interior.example/en/press/2025/salzburg-forum-declaration',
    );
  });

  it.each(readdirSync(fileURLToPath(new URL('../../fixtures/text/', import.meta.url))))(
    'gives a valid document for the fixture %s',
    (name) => {
      const format = (/\.(html|md)$/.exec(name)?.[1] ?? 'txt') as 'txt' | 'md' | 'html';
      const { document, text } = documentOf(fixture(name), format);
      expect(document.nodes.Declaration?.length).toBeGreaterThan(0);
      for (const signed of document.relationships.filter((r) => r.type === 'SIGNED')) {
        const quote = text.slice(Number(signed.quoteStart), Number(signed.quoteEnd));
        expect(quote.replace(/<[^>]*>|&[a-z]+;|[*[\]()]/g, '').replace(/\s+/g, ' ')).toContain(
          String(signed.quote).replace(/\s+/g, ' ').slice(0, 20),
        );
      }
    },
  );

  it('spells a Russian title’s id in Latin letters', () => {
    const { document } = documentOf(fixture('ru-wire-report.txt'), 'txt');
    expect(document.nodes.Declaration?.[0]).toHaveProperty(
      'id',
      '2025-07-30-torgovlia-liudmi-eto-organizovannaia-prestupnost',
    );
  });

  it('dates an undated declaration’s id by its publication date, else 0000-00-00', () => {
    const text = 'Joint appeal\nThe appeal was signed by Chile and Peru.';
    const extraction = extractFromText(text, { file: 'appeal.txt', format: 'txt' });
    const document = importDocumentSchema.parse(
      extractionToDocument(extraction, { file: 'appeal.txt' }),
    );
    expect(document.nodes.Declaration?.[0]).toHaveProperty(
      'id',
      expect.stringMatching(/^0000-00-00-/),
    );
    expect(document.nodes.Declaration?.[0]).not.toHaveProperty('adoptedOn');
  });
});
