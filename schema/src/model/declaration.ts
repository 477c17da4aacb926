import { defineNode } from './node-kind';
import { prop } from './property';

export const Declaration = defineNode({
  label: 'Declaration',
  description: 'A joint statement or declaration adopted by states on one occasion.',
  key: 'id',
  caption: 'title',
  properties: {
    id: prop.pattern(
      /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/,
      'expected YYYY-MM-DD-slug, for example 2025-07-30-human-trafficking-is-organized-crime',
    )('Stable id: adoption date and title slug.'),
    title: prop.string('Title as published.', { required: true, fulltext: true }),
    adoptedOn: prop.date('Date of adoption.', { indexed: true }),
    occasion: prop.string('Occasion, for example World Day Against Trafficking in Persons.'),
    venue: prop.string('Where it was adopted or released.'),
    summary: prop.text('A short neutral summary of what it says.', { fulltext: true }),
    partialSignatories: prop.string(
      '"yes" when the known signatories are only part of the full list (the source said "including").',
    ),
  },
});
