import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('adjectives of nationality that name the signers', () => {
  warmUpReader();

  it('reads a Russian compound before the statement it names, in any case', () => {
    expect(
      signerCodes(
        'Казахстанско-узбекское совместное заявление\n\nСтороны договорились расширять торговлю.',
      ),
    ).toBe('KAZ UZB');
    expect(
      signerCodes(
        'Президенты подписали Совместное монгольско-вьетнамское заявление о всеобъемлющем партнёрстве.',
      ),
    ).toBe('MNG VNM');
  });

  it('reads no compound that is not a statement’s', () => {
    expect(
      signerCodes(
        'Совместное заявление\n\nСтороны обсудили российско-китайскую торговлю и туризм.',
      ),
    ).toBe('');
  });
});
