import { defineNode } from './node-kind';
import { prop } from './property';

export const Organization = defineNode({
  label: 'Organization',
  description: 'An international organization, agency or inter-agency body.',
  key: 'id',
  caption: 'acronym',
  properties: {
    id: prop.pattern(
      /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
      'expected a lower-case slug, for example unodc',
    )('Stable id: a slug of the acronym or name.'),
    name: prop.string('Full name.', { required: true, fulltext: true }),
    acronym: prop.string('Acronym, for example UNODC.', { fulltext: true }),
    aliases: prop.strings('Other names it is cited by.', { fulltext: true }),
  },
});
