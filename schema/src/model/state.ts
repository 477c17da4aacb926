import { defineNode } from './node-kind';
import { prop } from './property';

export const State = defineNode({
  label: 'State',
  description: 'A sovereign state or other entity with an ISO 3166-1 code.',
  key: 'code',
  caption: 'name',
  properties: {
    code: prop.pattern(
      /^[A-Z]{3}$/,
      'expected an ISO 3166-1 alpha-3 code such as LAO',
    )('ISO 3166-1 alpha-3 code, for example LAO.'),
    name: prop.string('Common English name.', { required: true, fulltext: true, indexed: true }),
    officialName: prop.string('Official English name.', { fulltext: true }),
    aliases: prop.strings('Other names and spellings, including translations.', { fulltext: true }),
    region: prop.string('UN M49 region, for example Asia.', { indexed: true }),
    subregion: prop.string('UN M49 subregion, for example South-eastern Asia.', { indexed: true }),
    unMember: prop.string('UN membership: "member", "observer" or "none".'),
    latitude: prop.number('Latitude of the geographic centre, in degrees.'),
    longitude: prop.number('Longitude of the geographic centre, in degrees.'),
  },
});
