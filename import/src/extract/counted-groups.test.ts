import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const story = (count: number) =>
  `Brasil subscreve texto da cúpula e Venezuela fica de fora\n\nFoto: o presidente esteve na 4.ª Cúpula de Chefes de Estado da CELAC e da União Europeia, em Santa Marta.\n\nO documento foi apresentado no encontro dos dois blocos na Colômbia, no dia 9 de novembro de 2025, e teve a adesão de ${count} nações. Venezuela e Nicarágua não quiseram assiná-lo.\n\nA declaração propõe ainda reformar o Conselho de Segurança e mudar o sistema financeiro internacional.`;

function written(text: string) {
  const { declarations } = extractFromText(text, { file: 'counted.txt', format: 'txt' });
  return declarations
    .filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code));
}

describe('the members of the groups a text names, as many as it counts', () => {
  it('takes both blocs less the states that stayed out when they make the count', () => {
    const codes = written(story(58));
    expect(codes).toHaveLength(58);
    expect(codes).toEqual(expect.arrayContaining(['BRA', 'MEX', 'DEU', 'HRV']));
    expect(codes).not.toContain('VEN');
    expect(codes).not.toContain('NIC');
  });

  it('takes none of the members when they make another number, only the state the headline says signs', () => {
    expect(written(story(57))).toEqual(['BRA']);
  });
});
