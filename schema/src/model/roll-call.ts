import { defineNode } from './node-kind';
import { prop } from './property';

/** Topic tags of roll calls, as the Voeten dataset codes them (`short_name`). */
export const rollCallIssues = {
  me: 'Palestinian conflict',
  nu: 'Nuclear weapons and nuclear material',
  di: 'Arms control and disarmament',
  hr: 'Human rights',
  co: 'Colonialism',
  ec: 'Economic development',
} as const;

export const RollCall = defineNode({
  label: 'RollCall',
  description:
    'A recorded vote of the UN General Assembly on a resolution, amendment or paragraph.',
  key: 'id',
  caption: 'title',
  properties: {
    id: prop.pattern(
      /^unga-\d+$/,
      'expected unga- and the roll-call number, for example unga-5396',
    )('Stable id: unga- and the roll-call number (rcid) of the Voeten dataset.'),
    date: prop.date('Date of the vote.', { required: true, indexed: true }),
    session: prop.int('General Assembly session, 1 for 1946.'),
    symbol: prop.string('Resolution symbol voted on, for example A/RES/74/19.', { indexed: true }),
    title: prop.string('Short title, for example DECLARATION OF HUMAN RIGHTS.'),
    description: prop.text('What was put to the vote, as the dataset describes it.'),
    issues: prop.strings(
      `Topic codes: ${Object.entries(rollCallIssues)
        .map(([code, name]) => `${code} (${name})`)
        .join(', ')}.`,
    ),
    amendment: prop.boolean('Whether the vote was on an amendment; absent when not recorded.'),
    paragraph: prop.boolean('Whether the vote was on a paragraph; absent when not recorded.'),
    important: prop.boolean(
      'Whether the US State Department marked the vote important; absent when not recorded.',
    ),
  },
});
