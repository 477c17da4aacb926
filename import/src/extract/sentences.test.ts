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
