import { defineNode } from './node-kind';
import { prop } from './property';

export const instrumentKinds = [
  'convention',
  'protocol',
  'resolution',
  'plan',
  'report',
  'declaration',
  'agreement',
] as const;

export const Instrument = defineNode({
  label: 'Instrument',
  description: 'A treaty, protocol, resolution, plan of action, report or other cited instrument.',
  key: 'id',
  caption: 'shortName',
  properties: {
    id: prop.pattern(
      /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
      'expected a lower-case slug starting with a letter, for example untoc',
    )('Stable id: a slug chosen in the reference registry.'),
    name: prop.string('Full official name.', { required: true, fulltext: true }),
    shortName: prop.string('Common short name, for example Palermo Protocol.', { fulltext: true }),
    aliases: prop.strings('Other names it is cited by.', { fulltext: true }),
    kind: prop.enumOf(instrumentKinds)('What kind of instrument it is.', {
      required: true,
      indexed: true,
    }),
    adoptedOn: prop.date('Date of adoption.'),
    entryIntoForceOn: prop.date('Date of entry into force.'),
    untcReference: prop.string('UN Treaty Collection chapter reference, for example XVIII-12-a.'),
    symbol: prop.string('UN document symbol, for example A/RES/64/293.'),
    identifiers: prop.strings(
      'Its numbers in other catalogues, as scheme:value, for example untc:IV-11 or ' +
        'ggo:RGHTSC_1989A.',
    ),
  },
});
