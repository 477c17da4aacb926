import { describe, expect, it } from 'vitest';
import { ImportError } from '../errors';
import { assertHtmlDepth } from './html-depth';
import { extractFromText } from './index';

describe('assertHtmlDepth', () => {
  it('accepts ordinary pages, unclosed paragraphs and list items included', () => {
    const page = `<html><body>${'<p>para'.repeat(5_000)}<ul>${'<li>x'.repeat(5_000)}</ul></body></html>`;
    expect(() => assertHtmlDepth(page, 50)).not.toThrow();
  });

  it('refuses deep nesting with the line where it went too deep', () => {
    const page = `<html>\n<body>\n${'<div>'.repeat(20)}`;
    let error: unknown;
    try {
      assertHtmlDepth(page, 10);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).details[0]).toMatchObject({
      code: 'SYNTAX',
      line: 3,
      field: 'html',
    });
  });

  it('keeps a hostile page of 22,000 nested divs from reaching the parser', () => {
    expect(() =>
      extractFromText(`<html><body>${'<div>'.repeat(22_000)}Lao PDR</body></html>`, {
        file: 'bomb.html',
        format: 'html',
      }),
    ).toThrow(/more than 1000 deep/);
  });
});
