import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';

const codes = (text: string) =>
  extractFromText(text, { file: 'meeting.txt', format: 'txt' })
    .declarations.filter((d) => !d.needsReview)
    .flatMap((d) => d.signatories.map((s) => s.code));

// The first reading of a text builds the name indexes: seconds on a loaded machine.
describe('the chair of a meeting or group whose members a list names', { timeout: 30_000 }, () => {
  it.each([
    [
      'a chair named by adjective before the participants',
      'Committee meets in Rabat\n\nKenyan Foreign Minister Jane Doe chaired the meeting. Taking part were the ministers of the region: Ghana, Togo and Benin.',
      'GHA TGO BEN KEN',
    ],
    [
      'the co-chairs of the group a statement speaks for',
      'Statement\n\nI speak on behalf of the following members of the Core Group: Chile, Peru and Ghana. The group is co-chaired by Norway and the Kingdom of Spain.',
      'CHL PER GHA NOR ESP',
    ],
    [
      'a chair-in-office in the chain of his titles',
      'Communiqué\n\nSur invitation de M. Jean Dupont, Président de la République du Niger, Chef de l’État, Président en exercice du Groupe, les chefs d’État ont tenu une réunion.\n\nÉtaient présents, les chefs d’État ci-après :\n\nE.M. Paul Martin, Président du Burkina Faso\n\nE.M. Luc Bernard, Président de la République du Mali\n\nLes chefs d’État ont adopté le présent communiqué.',
      'BFA MLI NER',
    ],
    [
      'the state that holds the pro tempore secretariat',
      'Cancilleres reunidos\n\nLa reunión fue coordinada por Uruguay en su calidad de Secretaría Pro Témpore y contó con una amplia participación.\n\nLos cancilleres de Chile, Perú y Bolivia adoptaron la declaración final.',
      'CHL PER BOL URY',
    ],
    [
      'a head of government who is "Chairperson of the … Assembly" and presided',
      'Communiqué of the Summit\n\nH.E. Jane Doe, Prime Minister of the Federal Democratic Republic of Ethiopia and Chairperson of the IGAD Assembly of Heads of State and Government, presided. Taking part in the Assembly were H.E. John Roe, President of the Republic of Uganda; and H.E. Ann Poe, Cabinet Secretary for Foreign Affairs of the Republic of Kenya.',
      'UGA KEN ETH',
    ],
  ])('takes %s', (_shape, text, want) => {
    expect(codes(text).join(' ')).toBe(want);
  });

  it('takes no co-chair of a meeting at which others delivered a statement', () => {
    const text =
      'Joint statement\n\nThe meeting was co-chaired by Norway and Spain. The joint statement was delivered on behalf of Chile, Peru and Ghana.';
    expect(codes(text).join(' ')).toBe('CHL PER GHA');
  });
});
