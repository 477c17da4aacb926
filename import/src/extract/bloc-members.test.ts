import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('a group the text names again by a word like "the bloc"', () => {
  warmUpReader();

  it('reads "los países del bloque" as the members of the group named before', () => {
    expect(
      signerCodes(
        'Sudamérica pide diálogo sobre el Esequibo\n\nRío de Janeiro, 7 de diciembre de 2023\n\nLa breve nota, gestada durante la cumbre de Mercosur celebrada en Río de Janeiro, lleva la firma de los países del bloque comercial junto con Chile, Colombia, Ecuador y Perú. Bolivia, por el contrario, no se sumó a ella.',
      ),
    ).toBe('CHL COL ECU PER ARG BRA PRY URY');
  });

  it('reads "the bloc" as the European Union where a text names it before', () => {
    expect(
      signerCodes(
        'EU and Japan issue statement on shipping\n\nBrussels, 3 May 2021\n\nThe European Union held talks with Japan on maritime security this week. A joint statement was signed by the foreign ministers of the bloc’s member states and Japan.',
      ).split(' '),
    ).toHaveLength(28);
  });

  it('reads no group where the text has named none', () => {
    expect(
      signerCodes(
        'Joint statement on shipping\n\nBrussels, 3 May 2021\n\nA joint statement was signed by the foreign ministers of the bloc’s member states and Japan.',
      ),
    ).toBe('');
  });
});
