import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const signers = (text: string) =>
  (extractFromText(text, { file: 'case.txt', format: 'txt' }).declarations[0]?.signatories ?? [])
    .map((s) => s.code)
    .join(' ');

describe('adjectives of nationality that name the signers', () => {
  it('reads a Russian compound before the statement it names, in any case', () => {
    expect(
      signers(
        'Казахстанско-узбекское совместное заявление\n\nСтороны договорились расширять торговлю.',
      ),
    ).toBe('KAZ UZB');
    expect(
      signers(
        'Президенты подписали Совместное монгольско-вьетнамское заявление о всеобъемлющем партнёрстве.',
      ),
    ).toBe('MNG VNM');
  });

  it('reads no compound that is not a statement’s', () => {
    expect(
      signers('Совместное заявление\n\nСтороны обсудили российско-китайскую торговлю и туризм.'),
    ).toBe('');
  });
});
