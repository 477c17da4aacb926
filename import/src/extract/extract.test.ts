import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract';
import type { Extraction, TextFormat } from './types';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/text/${name}`, import.meta.url));

function extract(path: string): { text: string; extraction: Extraction } {
  const text = readFileSync(path, 'utf8');
  const format = (/\.(html|md)$/.exec(path)?.[1] ?? 'txt') as TextFormat;
  return { text, extraction: extractFromText(text, { file: path, format }) };
}

function only(extraction: Extraction) {
  expect(extraction.declarations).toHaveLength(1);
  const [declaration] = extraction.declarations;
  if (!declaration) throw new Error('no declaration');
  return declaration;
}

const codes = (extraction: Extraction) => only(extraction).signatories.map((s) => s.code);
const ids = (entities: { id: string }[]) => entities.map((e) => e.id).sort();

describe('the seed report (BelTA, 30 July 2025)', () => {
  const seed = fileURLToPath(
    new URL('../../../../shared/seeds/000_9e24b62923abd9c7.txt', import.meta.url),
  );
  const { text, extraction } = extract(seed);

  it('finds one declaration of 30 July 2025 with exactly its 22 signatories', () => {
    const declaration = only(extraction);
    expect(declaration.adoptedOn).toBe('2025-07-30');
    expect(codes(extraction).sort()).toEqual(
      'ARE BGD BHR BLR BOL EGY ERI IND KAZ KGZ LAO LBY NGA NIC PHL QAT RUS SGP TJK TKM UZB VEN'.split(
        ' ',
      ),
    );
    expect(declaration.title).toBe(
      "Human Trafficking is Organized Crime. It's Time to End Exploitation",
    );
    expect(declaration.occasion).toBe('World Day Against Trafficking in Persons');
    expect(declaration.group).toBe('Group of Friends');
    expect(declaration.partial).toBe(false);
  });

  it('cites the Palermo Protocol, UNTOC, the Global Plan of Action and the Global Report', () => {
    const declaration = only(extraction);
    expect(ids(declaration.references)).toEqual([
      'un-global-plan-of-action-trafficking',
      'unodc-global-report-trafficking',
      'untoc',
      'untoc-trafficking-protocol',
    ]);
    expect(ids(declaration.organizations)).toEqual(['icat', 'unodc']);
  });

  it('keeps each fact’s sentence and offsets into the original text', () => {
    const declaration = only(extraction);
    for (const s of declaration.signatories) {
      expect(s.evidence.sentence).toContain(text.slice(s.evidence.start, s.evidence.end));
    }
    const laos = declaration.signatories.find((s) => s.code === 'LAO');
    expect(laos && text.slice(laos.evidence.start, laos.evidence.end)).toBe('Laos');
    expect(extraction.source).toMatchObject({ publisher: 'BelTA', publishedOn: '2025-07-30' });
    expect(extraction.warnings).toEqual([]);
  });
});

describe('a government press release (HTML)', () => {
  const { text, extraction } = extract(fixture('government-press-release.html'));

  it('takes the ministers’ states, not the subject, the guests or the page furniture', () => {
    expect(codes(extraction)).toEqual([
      'AUT',
      'BGR',
      'HRV',
      'CZE',
      'HUN',
      'POL',
      'ROU',
      'SVK',
      'SVN',
    ]);
  });

  it('resolves "On Monday" against the publication date in the page head', () => {
    expect(extraction.source).toEqual({
      title: 'Salzburg Forum ministers adopt joint declaration on trafficking in human beings',
      publisher: 'Federal Ministry of the Interior',
      url: 'https://www.interior.example/en/press/2025/salzburg-forum-declaration',
      publishedOn: '2025-03-12',
    });
    expect(only(extraction)).toMatchObject({
      adoptedOn: '2025-03-10',
      title: 'Partnership against Exploitation',
    });
  });

  it('cites named instruments only, not "international conventions and protocols"', () => {
    const declaration = only(extraction);
    expect(ids(declaration.references)).toEqual([
      'coe-trafficking-convention',
      'untoc-trafficking-protocol',
    ]);
    expect(ids(declaration.organizations)).toEqual(['europol', 'osce']);
  });

  it('points evidence into the HTML source', () => {
    const [austria] = only(extraction).signatories;
    expect(austria && text.slice(austria.evidence.start, austria.evidence.end)).toBe('Austria');
  });
});

describe('an OSCE statement delivered on behalf of others', () => {
  const { text, extraction } = extract(fixture('osce-on-behalf.txt'));

  it('reads the list under "on behalf of the following 12 participating States:"', () => {
    expect(codes(extraction).sort()).toEqual(
      'ALB AND BIH CAN GBR GEO ISL LIE MDA MKD NOR TUR'.split(' '),
    );
    expect(only(extraction)).toMatchObject({ expectedCount: 12, partial: false });
  });

  it('reads a one-letter typo as the state, with a warning', () => {
    const liechtenstein = only(extraction).signatories.find((s) => s.code === 'LIE');
    expect(
      liechtenstein && text.slice(liechtenstein.evidence.start, liechtenstein.evidence.end),
    ).toBe('Lichtenstein');
    expect(extraction.warnings.map((w) => w.message)).toEqual([
      'read "Lichtenstein" as Liechtenstein',
    ]);
  });

  it('dates the statement by its date line and titles it by its heading', () => {
    expect(only(extraction)).toMatchObject({
      title: 'Joint Statement on Combating Trafficking in Human Beings',
      adoptedOn: '2025-10-16',
    });
  });
});

describe('a news-wire report', () => {
  const { extraction } = extract(fixture('news-wire-report.txt'));

  it('reads a list without spaces and footnote markers; not the states that did not join', () => {
    expect(codes(extraction)).toEqual(
      'ARG BRA CHL COL CRI ECU MEX PAN PRY PER URY ESP PRT'.split(' '),
    );
    expect(only(extraction).expectedCount).toBe(13);
    expect(extraction.warnings).toEqual([]);
  });

  it('resolves "on Tuesday" against the publication line, not the page clock', () => {
    expect(extraction.source).toMatchObject({ publishedOn: '2025-06-05', publisher: 'Wire News' });
    expect(only(extraction).adoptedOn).toBe('2025-06-03');
  });

  it('leaves the date unknown when the text gives no publication date', () => {
    const undated = extractFromText(
      'Ten states on Tuesday adopted a joint statement.\nThe statement was adopted by Chile, Peru and Mexico.',
      { file: 'x.txt', format: 'txt' },
    );
    expect(only(undated).adoptedOn).toBeNull();
    expect(undated.warnings.map((w) => w.message)).toContain(
      '"on Tuesday" cannot be dated without a publication date; adoption date left unknown',
    );
  });
});

describe('an EU alignment statement', () => {
  const { extraction } = extract(fixture('eu-alignment.txt'));

  it('takes the aligning countries, the Union as a non-state signatory, and its members', () => {
    const members =
      'BEL DEU FRA ITA LUX NLD DNK IRL GRC ESP PRT AUT FIN SWE CYP CZE EST HUN LVA LTU MLT POL ' +
      'SVK SVN BGR ROU HRV';
    expect(codes(extraction)).toEqual(
      `MNE ALB UKR MDA BIH GEO ISL AND MCO SMR ${members}`.split(' '),
    );
    expect(only(extraction).nonStateSignatories).toEqual([
      expect.objectContaining({ name: 'European Union', id: 'eu' }),
    ]);
  });

  it('keeps the occasion and the instruments, and leaves Libya and the DPRK out', () => {
    const declaration = only(extraction);
    expect(declaration.occasion).toBe('International Day for the Abolition of Slavery');
    expect(ids(declaration.references)).toEqual([
      'agenda-2030',
      'ilo-p029',
      'slavery-convention-1926',
    ]);
    expect(declaration.adoptedOn).toBe('2025-12-02');
  });
});

describe('a Russian-language wire report', () => {
  const { extraction } = extract(fixture('ru-wire-report.txt'));

  it('reads Russian names and case forms, and checks the count "вместе с 14 государствами"', () => {
    expect(codes(extraction).sort()).toEqual(
      'ARE BHR BLR BOL EGY IND KAZ KGZ LAO NIC PHL RUS TJK TKM UZB'.split(' '),
    );
    expect(only(extraction)).toMatchObject({ expectedCount: 15, partial: false });
    expect(extraction.warnings).toEqual([]);
  });

  it('finds the title, the date, the group and the cited instruments in Russian', () => {
    const declaration = only(extraction);
    expect(declaration).toMatchObject({
      title: 'Торговля людьми — это организованная преступность',
      adoptedOn: '2025-07-30',
      group: 'Группа друзей',
    });
    expect(ids(declaration.references)).toEqual([
      'un-global-plan-of-action-trafficking',
      'untoc',
      'untoc-trafficking-protocol',
    ]);
    expect(ids(declaration.organizations)).toEqual(['unodc']);
    expect(extraction.source.publisher).toBe('БЕЛТА');
  });
});

describe('a Spanish press release (Markdown)', () => {
  const { extraction } = extract(fixture('es-press-release.md'));

  it('reads signers in Spanish and marks "entre otros" as a partial list', () => {
    expect(codes(extraction)).toEqual('ARG CHL COL MEX PER URY BRA ECU'.split(' '));
    expect(only(extraction).partial).toBe(true);
  });

  it('takes source facts from the front matter and resolves "hoy"', () => {
    expect(extraction.source).toEqual({
      title: 'Declaración conjunta sobre la trata de personas',
      publisher: 'Ministerio de Relaciones Exteriores',
      url: 'https://www.cancilleria.example/es/prensa/declaracion-trata-2025',
      publishedOn: '2025-07-30',
    });
    const declaration = only(extraction);
    expect(declaration.adoptedOn).toBe('2025-07-30');
    expect(declaration.occasion).toBe('Día Mundial contra la Trata de Personas');
    expect(ids(declaration.references)).toEqual(['untoc', 'untoc-trafficking-protocol']);
    expect(ids(declaration.organizations)).toEqual(['iom', 'unodc']);
  });
});

describe('a text without a declaration', () => {
  it('gives none, and says so', () => {
    const extraction = extractFromText('Austria and Chile discussed trade in Vienna on Monday.', {
      file: 'note.txt',
      format: 'txt',
    });
    expect(extraction.declarations).toEqual([]);
    expect(extraction.warnings.map((w) => w.message)).toEqual(['note.txt: no declaration found']);
  });
});

describe('a report of two statements', () => {
  const { extraction } = extract(fixture('news-two-statements.txt'));

  it('gives each titled statement its own signatories and references', () => {
    expect(
      extraction.declarations.map((d) => ({
        title: d.title,
        adoptedOn: d.adoptedOn,
        signatories: d.signatories.map((s) => s.code),
        references: ids(d.references),
      })),
    ).toEqual([
      {
        title: 'Protecting Migrants from Smuggling',
        adoptedOn: '2025-05-12',
        signatories: ['MEX', 'GTM', 'HND'],
        references: ['untoc-smuggling-protocol'],
      },
      {
        title: 'Firearms and Organized Crime',
        adoptedOn: '2025-05-12',
        signatories: ['CAN', 'NOR', 'JPN'],
        references: ['untoc-firearms-protocol'],
      },
    ]);
  });
});

describe('a coalition statement with its signatories under a heading (HTML)', () => {
  const { extraction } = extract(fixture('coalition-statement-signatories.html'));

  it('reads the list under "Signatories", not the states the statement is about', () => {
    expect(codes(extraction)).toEqual(['AUT', 'BEL', 'CAN', 'EST']);
    expect(only(extraction)).toMatchObject({
      title: 'Joint statement on media freedom',
      adoptedOn: '2025-05-03',
      occasion: 'World Press Freedom Day',
    });
  });
});

describe('groups', () => {
  it('names the group a statement speaks for, not a registry body that is called a group', () => {
    const extraction = extractFromText(
      'The statement supports the Inter-Agency Coordination Group against Trafficking in Persons and was adopted by Chile and Peru on behalf of the Group of Friends.',
      { file: 'g.txt', format: 'txt' },
    );
    expect(only(extraction).group).toBe('Group of Friends');
    expect(ids(only(extraction).organizations)).toEqual(['icat']);
  });
});

describe('extractFromText on malformed front matter', () => {
  it('throws an ImportError naming the line, not the yaml library’s error (found by fuzzing)', () => {
    const text = '---\ntitle: x\n<div>\nbad: [\n---\n\nBelarus and Russia adopted it.\n';
    expect(() => extractFromText(text, { file: 'a.md', format: 'md' })).toThrow(
      expect.objectContaining({
        name: 'ImportError',
        details: [expect.objectContaining({ code: 'SYNTAX', field: 'front matter' })],
      }),
    );
  });
});

describe('the headline, above the first paragraph', () => {
  it("is not a statement heading below the story's first paragraph", () => {
    const { source } = extractFromText(
      'Política\n\nQué dice el texto completo del Mercosur sobre Malvinas\n\nEn la cumbre del Mercosur celebrada en Foz do Iguaçu, los mandatarios reunidos en Brasil firmaron una declaración conjunta sobre las Islas Malvinas.\n\nLa declaración completa sobre Malvinas\n\nSe trató de una Declaración Especial de los Presidentes.',
      { file: 'x.txt', format: 'txt' },
    );
    expect(source.title).toBe('Qué dice el texto completo del Mercosur sobre Malvinas');
  });
});
