import { defineNode } from './node-kind';
import { prop } from './property';

export const Group = defineNode({
  label: 'Group',
  description: 'An informal group of states, such as a Group of Friends.',
  key: 'id',
  caption: 'name',
  properties: {
    id: prop.pattern(
      /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
      'expected a lower-case slug',
    )('Stable id: a slug of the name.'),
    name: prop.string('Name of the group.', { required: true, fulltext: true }),
    aliases: prop.strings('Other names it is known by.', { fulltext: true }),
  },
});
