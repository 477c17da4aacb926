import { describe, expect, it } from 'vitest';
import { DATA_ATTRIBUTIONS, attributionNotice } from './attributions';

describe('attributionNotice', () => {
  it('names every dataset with its licence and citation', () => {
    const notice = attributionNotice();
    for (const a of DATA_ATTRIBUTIONS) {
      expect(notice).toContain(a.dataset);
      expect(notice).toContain(`Licence: ${a.licence}`);
      expect(notice).toContain(a.citation);
    }
    expect(notice).toMatch(
      /world-countries[^\n]*\n\s+Licence: Open Database License \(ODbL\) 1\.0/,
    );
  });
});
