import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const read = (text: string) => {
  const { declarations, unresolved } = extractFromText(text, { file: 'k.txt', format: 'txt' });
  return {
    codes: declarations.flatMap((d) => d.signatories.map((s) => s.code)).join(' '),
    open: unresolved.map((u) => u.text),
  };
};

describe('"Korea" alone', () => {
  it.each([
    ['no other Korea named', 'The joint statement was signed by Japan, Korea and Australia.'],
    [
      'the DPRK named by its own name',
      'The joint statement was signed by China, Japan and Korea. It condemned the launch by the DPRK.',
    ],
    ['in French', 'La déclaration a été signée par le Japon, la Corée et l’Australie.'],
    ['in Spanish', 'La declaración fue firmada por Japón, Corea y Australia.'],
    ['in Russian, declined', 'Заявление подписали представители Японии, Кореи и Австралии.'],
  ])('is the Republic of Korea: %s', (_, text) => {
    expect(read(text).codes).toContain('KOR');
    expect(read(text).codes).not.toContain('PRK');
  });

  it('stays open when the text names the Republic otherwise and never the DPRK', () => {
    const { codes, open } = read(
      'The joint statement was signed by Japan, Korea and Australia. South Korea hosted the talks.',
    );
    expect(codes).toBe('JPN AUS');
    expect(open).toEqual(['Korea']);
  });
});
