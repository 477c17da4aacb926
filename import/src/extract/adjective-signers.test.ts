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

  it('reads leaders named each with an adjective and an office, then a verb, in any language', () => {
    expect(
      signerCodes(
        'In the joint declaration, Ana Lind, the Swedish Prime Minister, Jon Berg, the Norwegian Prime Minister, and Eva Holm, the Danish Prime Minister, stated that they would cooperate.',
      ),
    ).toBe('SWE NOR DNK');
    expect(
      signerCodes(
        'En la declaración conjunta, el presidente chileno, Juan Soto, y el presidente peruano, Luis Rojas, afirmaron su compromiso.',
      ),
    ).toBe('CHL PER');
  });

  it('reads no single leader, and no leaders who said nothing', () => {
    expect(
      signerCodes(
        'The declaration was adopted at the invitation of the Swedish Prime Minister, Ana Lind, and the Norwegian Prime Minister, Jon Berg, in Oslo.',
      ),
    ).toBe('');
  });
});
