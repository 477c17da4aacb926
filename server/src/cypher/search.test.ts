import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchSize } from './search';

describe('search query building', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
  });

  it('ORs exact, prefix and one-edit terms per word, lower-cased', () => {
    expect(luceneQuery('Palermo AND (x*')).toMatchInlineSnapshot(
      `"(shortName:palermo^8 OR acronym:palermo^8 OR palermo^4 OR palermo*^2 OR palermo~1) OR (shortName:and^8 OR acronym:and^8 OR and^4 OR and*^2 OR and~1) OR (shortName:x^8 OR acronym:x^8 OR x^4 OR x*^2 OR x~1)"`,
    );
    expect(luceneQuery(' :~" ')).toBeNull();
  });

  it('bounds the size', () => {
    expect(searchSize(undefined)).toBe(10);
    expect(searchSize(null)).toBe(10);
    expect(searchSize(500)).toBe(50);
    expect(searchSize(3)).toBe(3);
  });
});
