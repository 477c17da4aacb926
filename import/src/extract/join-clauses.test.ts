import { describe, expect, it } from 'vitest';
import { signerCodes, warmUpReader } from '../testing/signer-codes';

describe('a clause that adds signers to a list', () => {
  warmUpReader();

  it.each([
    [
      'Poland and Lithuania, joined by Latvia and Estonia, adopted a joint statement on energy.',
      'EST LTU LVA POL',
    ],
    [
      "Le Portugal et l'Irlande, auxquels se sont joints la Grèce et Malte, ont adopté une déclaration commune.",
      'GRC IRL MLT PRT',
    ],
    [
      "Le Portugal et l'Irlande, rejoints par la Grèce, ont adopté une déclaration commune.",
      'GRC IRL PRT',
    ],
    [
      'Los gobiernos de Uruguay y Paraguay, a los que se sumaron las autoridades de Ecuador y Bolivia, emitieron un comunicado conjunto.',
      'BOL ECU PRY URY',
    ],
    [
      'Uruguay y Paraguay emitieron una declaración conjunta, con la adhesión de Ecuador y Bolivia.',
      'BOL ECU PRY URY',
    ],
    [
      'Uruguay y Paraguay firmaron una declaración conjunta, a la que se adhirieron Ecuador y Bolivia.',
      'BOL ECU PRY URY',
    ],
    [
      'Österreich und Belgien, denen sich Dänemark und Finnland anschlossen, haben eine gemeinsame Erklärung abgegeben.',
      'AUT BEL DNK FIN',
    ],
    [
      'Армения и Казахстан, к которым присоединились Киргизия и Таджикистан, приняли совместное заявление.',
      'ARM KAZ KGZ TJK',
    ],
  ])('%s', (text, expected) => {
    expect(signerCodes(text, { sorted: true })).toBe(expected);
  });

  it('does not join a state that a clause only speaks of', () => {
    expect(
      signerCodes(
        'Poland and Lithuania, joined by Latvia, adopted a joint statement on the war against Ukraine.',
        { sorted: true },
      ),
    ).toBe('LTU LVA POL');
  });
});
