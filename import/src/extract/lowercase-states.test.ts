import { describe, expect, it } from 'vitest';
import { withLowercaseStates } from './lowercase-states';
import { sentenceItems } from './sentence-items';
import { splitSentences } from './sentences';

const states = (text: string) => {
  const [sentence] = splitSentences(text);
  if (!sentence) throw new Error('no sentence');
  const items = withLowercaseStates(sentenceItems(text, sentence, new Set(['en'])), sentence);
  return items.filter((i) => i.kind === 'state').map((i) => i.mention?.ids[0]);
};

describe('withLowercaseStates', () => {
  it('reads a whole lower-case part between two states of a list, and the last after "and"', () => {
    expect(states('FROM CHILE; kyrgyz republic; PERU; and malaysia')).toEqual([
      'CHL',
      'KGZ',
      'PER',
      'MYS',
    ]);
  });

  it('reads no lower-case word that is not a whole part beside states', () => {
    expect(states('Chile served turkey, chad was absent; Peru')).toEqual(['CHL', 'PER']);
  });
});
