import { describe, expect, it } from 'vitest';
import { withUngluedTitles } from './glued-titles';
import { identityText } from './plain-text';

describe('withUngluedTitles', () => {
  it('sets a row’s state apart from the title glued to it, in any language', () => {
    const text = [
      'Attending were:',
      '  NorlandH.E. President Ada Brun',
      'FRSHon. Minister Tom Vale',
      'Upper OsterriaRight Honourable Prime Minister',
      'ValmarSu Excelencia Presidente Juan Ruiz',
      'ОстерияГ-н Иван Петров',
    ].join('\n');
    const plain = withUngluedTitles(identityText(text));
    expect(plain.text.split('\n')).toEqual([
      'Attending were:',
      '  Norland H.E. President Ada Brun',
      'FRS Hon. Minister Tom Vale',
      'Upper Osterria Right Honourable Prime Minister',
      'Valmar Su Excelencia Presidente Juan Ruiz',
      'Остерия Г-н Иван Петров',
    ]);
    const at = plain.text.indexOf('H.E.');
    expect(text.slice(plain.origin[at], (plain.origin[at] ?? 0) + 4)).toBe('H.E.');
    expect(plain.origin).toHaveLength(plain.text.length + 1);
  });

  it('leaves prose, spaced titles and capitals headings alone', () => {
    const text =
      'The Hon. Tom Vale met Mr Brun.\nTHE KINGDOM HERMAN\nA long opening of prose that runs well past the start of its line, aKing';
    expect(withUngluedTitles(identityText(text)).text).toBe(text);
  });
});
