import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, escapeLucene, luceneQuery, searchQuery, searchSize } from './search';

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

  it('keeps each word once and at most MAX_SEARCH_WORDS of them (Lucene caps clauses)', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(' ');
    expect(luceneQuery(words)?.match(/~1\)/g)).toHaveLength(MAX_SEARCH_WORDS);
    expect(luceneQuery('laos laos LAOS')?.match(/~1\)/g)).toHaveLength(1);
  });

  it('bounds the size', () => {
    expect(searchSize(undefined)).toBe(10);
    expect(searchSize(null)).toBe(10);
    expect(searchSize(500)).toBe(50);
    expect(searchSize(3)).toBe(3);
  });
});

it('ranks a whole-name match first, comparing names and aliases in lower case', () => {
  const query = searchQuery({ text: ' UNODC ', lucene: 'unodc', first: 5 });
  expect(query.params.exact).toBe('unodc');
  expect(query.text).toContain(
    'any(name IN [node.code, node.name, node.officialName, node.title, node.shortName, node.acronym] + coalesce(node.aliases, []) WHERE toLower(name) = $exact)',
  );
});
