import { withoutFootnoteMarkers } from './footnote-markers';
import { withUngluedTitles } from './glued-titles';
import { htmlSource } from './html-source';
import type { PageMeta } from './html-source';
import { markdownSource } from './markdown-source';
import { identityText } from './plain-text';
import type { PlainText } from './plain-text';
import type { TextFormat } from './types';

/** The readable text of an input in any of the formats, without footnote markers, table cells unglued. */
export function readInput(text: string, format: TextFormat): { plain: PlainText; meta: PageMeta } {
  const read =
    format === 'html'
      ? htmlSource(text)
      : format === 'md'
        ? markdownSource(text)
        : { plain: identityText(text.replace(/\r(?=\n)/g, ' ')), meta: {} };
  return { plain: withUngluedTitles(withoutFootnoteMarkers(read.plain)), meta: read.meta };
}
