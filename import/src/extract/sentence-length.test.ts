import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const list = 'Belarus, Bahrain, Bangladesh, Bolivia, Egypt, Eritrea, India, Kazakhstan, Kyrgyzstan';

describe('sentence length', () => {
  it('reads a long list of states in one sentence', () => {
    const text = `Joint statement\n\nThe statement was adopted by ${Array(60).fill(list).join(', ')}.`;
    const extraction = extractFromText(text, { file: 'long.txt', format: 'txt' });
    expect(extraction.declarations[0]?.signatories).toHaveLength(9);
  });

  it('refuses at once a sentence longer than any real one, naming its line', () => {
    const text = `Joint statement\n\nThe statement was adopted by ${Array(400).fill(list).join(', ')}`;
    expect(() => extractFromText(text, { file: 'damaged.txt', format: 'txt' })).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ line: 3, field: 'text' })],
      }) as Error,
    );
  });
});
