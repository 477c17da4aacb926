import { expect, it } from 'vitest';
import { describeLeftOut } from './describe-dataset';

it('groups left-out rows by cause and lists unknown participants by code and count', () => {
  const note = (line: number, message: string) => ({ file: 'parties.csv', line, message });
  const unknown = (code: string) =>
    `stateID "${code}" is no state of the gazetteer, former state or registry organization the graph knows: row left out`;
  expect(
    describeLeftOut([
      note(2, unknown('PRU')),
      note(3, 'StateEnd "1990-05" is not a full date: left out'),
      note(4, unknown('PRU')),
      note(5, unknown('AUH')),
      note(6, 'treatyID CR09EE_1973A with this title is also on line 1173: row left out'),
    ]),
  ).toEqual([
    '  left out by cause (5):',
    `    3 × ${unknown('…')}`,
    '    1 × StateEnd "…" is not a full date: left out',
    '    1 × treatyID … with this title is also on line N: row left out',
    '  unknown participants by code (2):',
    '    PRU: 2',
    '    AUH: 1',
  ]);
});
