import { defineNode } from './node-kind';
import { prop } from './property';

export const Source = defineNode({
  label: 'Source',
  description: 'A document facts were taken from: a news report, a treaty-status page, a dataset.',
  key: 'id',
  caption: 'title',
  properties: {
    id: prop.pattern(
      /^src-[a-z0-9-]+$/,
      'expected src- followed by a slug or hash',
    )('Stable id: src- and a hash of the URL, or a slug where there is no URL.'),
    url: prop.url('Where the source can be read.'),
    title: prop.string('Title or headline.'),
    publisher: prop.string('Who published it, for example BelTA.'),
    publishedOn: prop.date('Publication date.'),
    retrievedOn: prop.date('When the project retrieved it.'),
    licence: prop.string('Licence of the facts taken from it, for example CC BY 4.0.'),
    citation: prop.text('How to cite it wherever its facts are shown or exported.'),
    precedence: prop.int(
      'Rank when sources disagree on a participation: lower wins (1 for a depositary’s record).',
    ),
  },
});
