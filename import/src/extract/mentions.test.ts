import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../resolve/country-names';
import { findMentions } from './mentions';
import { tokenize } from './tokens';

function named(text: string, languages: TextLanguage[] = ['en']): string[] {
  return findMentions(tokenize(text), new Set(languages)).map(
    (m) => `${text.slice(m.start, m.end)}=${m.ids.join('/')}`,
  );
}

describe('findMentions', () => {
  it('finds formal, old and short names, longest first', () => {
    expect(
      named(
        "Bolivia (Plurinational State of), the Lao People's Democratic Republic, Côte d'Ivoire, " +
          'the Republic of the Union of Myanmar, Türkiye, Turkey, Viet Nam, the Holy See, ' +
          'the State of Palestine, the former Yugoslav Republic of Macedonia, St. Kitts and Nevis',
      ),
    ).toEqual([
      'Bolivia (Plurinational State of)=BOL',
      "Lao People's Democratic Republic=LAO",
      "Côte d'Ivoire=CIV",
      'Republic of the Union of Myanmar=MMR',
      'Türkiye=TUR',
      'Turkey=TUR',
      'Viet Nam=VNM',
      'Holy See=VAT',
      'State of Palestine=PSE',
      'former Yugoslav Republic of Macedonia=MKD',
      'St. Kitts and Nevis=KNA',
    ]);
  });

  it('matches acronyms in capitals only, and no two-letter codes', () => {
    expect(named('UAE, DPRK, U.S. and UK; in the uae, IN and US')).toEqual([
      'UAE=ARE',
      'DPRK=PRK',
      'U.S.=USA',
      'UK=GBR',
      'US=USA',
    ]);
    expect(named('china and turkey are on the menu')).toEqual([]);
  });

  it('reads Russian names in any case, and foreign names only in their language', () => {
    expect(
      named('России, Беларуси, Казахстаном, Египтом, Китаем и Объединенных Арабских Эмиратов', [
        'en',
        'ru',
      ]),
    ).toEqual([
      'России=RUS',
      'Беларуси=BLR',
      'Казахстаном=KAZ',
      'Египтом=EGY',
      'Китаем=CHN',
      'Объединенных Арабских Эмиратов=ARE',
    ]);
    expect(named('Нигерией, Нигером, Вьетнамом и ФРГ', ['en', 'ru'])).toEqual([
      'Нигерией=NGA',
      'Нигером=NER',
      'Вьетнамом=VNM',
      'ФРГ=DEU',
    ]);
    expect(named('Китая, Гвинеи, Экваториальной Гвинеи и Кубы', ['en', 'ru'])).toEqual([
      'Китая=CHN',
      'Гвинеи=GIN',
      'Экваториальной Гвинеи=GNQ',
      'Кубы=CUB',
    ]);
    expect(named('Бразилия, Южная Африка и Южной Африки', ['en', 'ru'])).toEqual([
      'Бразилия=BRA',
      'Южная Африка=ZAF',
      'Южной Африки=ZAF',
    ]);
    expect(named('Mauricio Macri (Argentina), Mauricio y Guiana', ['en', 'es', 'pt'])).toEqual([
      'Argentina=ARG',
      'Mauricio=MUS',
      'Guiana=GUY',
    ]);
    expect(
      named('Reunión de Ministros, II Reunião 2+2, Riunione, Isla de la Reunión', [
        'en',
        'es',
        'pt',
        'it',
      ]),
    ).toEqual(['Isla de la Reunión=REU']);
    expect(named('Maurice', ['en'])).toEqual([]);
    expect(named('Maurice', ['en', 'fr'])).toEqual(['Maurice=MUS']);
  });

  it('finds registry instruments and organizations, not generic phrases', () => {
    expect(
      named(
        'the UN Convention against Transnational Organized Crime and its Protocol, the Palermo ' +
          'Protocol, international conventions and protocols, UNODC and ICAT',
      ),
    ).toEqual([
      'UN Convention against Transnational Organized Crime=untoc',
      'Palermo Protocol=untoc-trafficking-protocol',
      'UNODC=unodc',
      'ICAT=icat',
    ]);
  });

  it('finds a Russian formal name that the packages give only after its acronym', () => {
    expect(
      named('Китайской Народной Республики и Корейской Народно-Демократической Республике', ['ru']),
    ).toEqual([
      'Китайской Народной Республики=CHN',
      'Корейской Народно-Демократической Республике=PRK',
    ]);
  });

  it('gives every state an ambiguous name may mean', () => {
    expect(named('Congo and Korea')).toEqual(['Congo=COG', 'Korea=KOR/PRK']);
    expect(named('Guinea and Equatorial Guinea')).toEqual(['Guinea=GIN', 'Equatorial Guinea=GNQ']);
  });
});
