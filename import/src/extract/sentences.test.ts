import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at full stops and line breaks, not after abbreviations, initials or in titles', () => {
    const text =
      'Mr. Smith met H.E. J. Ivanov in the U.S. on Monday. The statement titled "Crime. It Ends" was adopted.\nNext line';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Mr. Smith met H.E. J. Ivanov in the U.S. on Monday.',
      'The statement titled "Crime. It Ends" was adopted.',
      'Next line',
    ]);
  });

  it('joins lines a hard-wrapped text breaks mid-sentence, not headings or list items', () => {
    const text = [
      'Joint Statement',
      '',
      'The joint statement was adopted by Belarus, Bahrain,',
      'Bangladesh, Bolivia, Egypt, the United Arab',
      'Emirates and Venezuela on the occasion of the',
      'World Day against Trafficking in Persons.',
      '- Austria',
    ].join('\n');
    expect(splitSentences(text).map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'Joint Statement',
      'The joint statement was adopted by Belarus, Bahrain, Bangladesh, Bolivia, Egypt, the United Arab Emirates and Venezuela on the occasion of the World Day against Trafficking in Persons.',
      '- Austria',
    ]);
  });

  it('joins the lines of a semicolon list broken inside a name, not the line after it', () => {
    const text =
      'FROM ALBANIA; CHILE; REPUBLIC OF\nKOREA; NORWAY; UNITED\nKINGDOM; AND PERU\nRevision';
    expect(splitSentences(text).map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'FROM ALBANIA; CHILE; REPUBLIC OF KOREA; NORWAY; UNITED KINGDOM; AND PERU',
      'Revision',
    ]);
  });

  it('keeps offsets into the text', () => {
    const text = '  One two.  Three four.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits one very long line in linear time (fuzzing found a 280 KB line took minutes)', () => {
    const line = 'The U.S. and Mr. Smith agreed. Then Belarus signed. '.repeat(6_000);
    const started = performance.now();
    expect(splitSentences(line)).toHaveLength(12_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('splitSentences on a hard-wrapped text under a longer headline', () => {
  it("joins the wrapped lines, and a paragraph's first word broken off above a full line", () => {
    const text = [
      'CELAC: países miembros reafirman compromiso con la democracia, los derechos humanos y el fortalecimiento del Estado de derecho',
      '',
      'Al',
      'cabo de tres jornadas de trabajo, que abarcaron reuniones de coordinadores',
      'nacionales y de cancilleres, la IX Cumbre de jefes de Estado y de Gobierno de la',
      'Comunidad de Estados Latinoamericanos y Caribeños (CELAC) se cerró con la',
      'firma de la Declaración de Tegucigalpa.',
      '',
      'Salvo',
      'Argentina, Nicaragua y Paraguay, las delegaciones renovaron su compromiso',
      'con el fortalecimiento de la CELAC como principal mecanismo de concertación.',
    ].join('\n');
    const texts = splitSentences(text).map((s) => s.text.replace(/\s+/g, ' '));
    expect(texts).toContain(
      'Al cabo de tres jornadas de trabajo, que abarcaron reuniones de coordinadores nacionales y de cancilleres, la IX Cumbre de jefes de Estado y de Gobierno de la Comunidad de Estados Latinoamericanos y Caribeños (CELAC) se cerró con la firma de la Declaración de Tegucigalpa.',
    );
    expect(texts).toContain(
      'Salvo Argentina, Nicaragua y Paraguay, las delegaciones renovaron su compromiso con el fortalecimiento de la CELAC como principal mecanismo de concertación.',
    );
  });
});
