import { describe, expect, it } from 'vitest';
import { countApposition } from './count-apposition';
import { extractFromText } from './extract';

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('a list set beside the count of the group it names', { timeout: 30_000 }, () => {
  it.each([
    ['The three countries — ', 3],
    ['Hier, les 4 pays (', 4],
    ['Los 5 países: ', 5],
    ['Die 3 Staaten – ', 3],
    ['Эти 3 страны — ', 3],
  ])('ties %j to a list of %i states', (lead, n) => {
    expect(countApposition(lead, n)?.[0]).toBe(4);
  });

  it('says nothing when the count is another number or stands elsewhere', () => {
    expect(countApposition('The three countries — ', 4)).toBeUndefined();
    expect(countApposition('The three countries met in Rome with ', 3)).toBeUndefined();
  });

  it('takes the list of a news report whose count names it, not the states it then names', () => {
    const text =
      'Ministers urge talks\n\nThe four countries — Chile, Ghana, Norway and Viet Nam — said in a statement on Monday they remain ready for dialogue with Sudan.\n\nAsked why Brazil and India, which both sit on the council, had not backed the statement, the envoy said: "We hoped to have Brazil and India join us in this statement."';
    const { declarations } = extractFromText(text, { file: 'news.txt', format: 'txt' });
    const codes = declarations.flatMap((d) => d.signatories.map((s) => s.code));
    expect(codes).toEqual(['CHL', 'GHA', 'NOR', 'VNM']);
  });
});
