import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const signatories = (text: string) =>
  extractFromText(text, { file: 'note.txt', format: 'txt' }).declarations.flatMap((d) =>
    d.signatories.map((s) => s.code),
  );

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('a note by one state', { timeout: 30_000 }, () => {
  const body = [
    '',
    'O governo apresentou o seu protesto mais veemente contra o Projeto de Declaração do Conselho Permanente, que tem como patrocinadores os representantes da Argentina, Brasil, Canadá e Chile.',
    '',
    'Segundo a nota, a iniciativa é uma ingerência nos assuntos internos do país.',
  ].join('\n');

  it('is signed by the state its headline makes the subject of a protest, not the sponsors it protests against', () => {
    expect(signatories(`Nicarágua rejeita e denuncia manobras na OEA\n${body}`)).toEqual(['NIC']);
  });

  it('has no author when the headline names two states or no verb of protest', () => {
    expect(signatories(`Nicarágua e Cuba rejeitam manobras na OEA\n${body}`)).toEqual([]);
    expect(signatories(`Nicarágua na OEA\n${body}`)).toEqual([]);
  });
});
