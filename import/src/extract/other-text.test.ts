import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';
import { otherTextLead } from './other-text';

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('otherTextLead', { timeout: 30_000 }, () => {
  it.each([
    'We welcome the joint statement issued by ',
    '1. Takes note of the statements made by the representatives of the region, namely ',
    'Accueille avec satisfaction la déclaration de ',
    'We subscribe in full to the statement delivered by the European Union and to the one delivered by ',
    'I align myself with the statement made by ',
  ])('reads %j as leading the authors of another text', (lead) => {
    expect(otherTextLead(lead)).toBeDefined();
  });

  it('says nothing of a text the sentence itself reports', () => {
    expect(otherTextLead('The joint statement was issued by ')).toBeUndefined();
    expect(otherTextLead('The following countries subscribe to this statement: ')).toBeUndefined();
    expect(otherTextLead('The ministers of the region, who noted the statement, namely ')).toBe(
      undefined,
    );
  });

  it('takes no state from the statements a council decision takes note of', () => {
    const text = [
      'COMMUNIQUÉ',
      '',
      'At its 100th meeting, the Council adopted the following decision:',
      '',
      '1. Takes note of the statement made by the Permanent Representative of Ghana on behalf of the chair, as well as of the statements made by the representatives of the other states of the region, namely Togo, Benin and Niger;',
      '',
      '2. Condemns the attacks on schools;',
    ].join('\n');
    const { declarations } = extractFromText(text, { file: 'psc.txt', format: 'txt' });
    expect(declarations.flatMap((d) => d.signatories.map((s) => s.code))).toEqual([]);
  });
});
