import { describe, expect, it } from 'vitest';
import { originalRange } from './plain-text';
import { readInput } from './read-input';

describe('readInput', () => {
  it('reads the visible text of HTML without menus, scripts or share bars, with its head', () => {
    const html =
      '<html><head><title>T</title><meta property="article:published_time" content="2025-03-12">' +
      '<link rel="canonical" href="https://x.example/a"></head><body><nav>Home</nav>' +
      '<h1>Joint statement</h1><p>Adopted by Austria,&nbsp;Belgium &amp; Chile.</p>' +
      '<div class="share-bar">Share</div><script>x()</script></body></html>';
    const { plain, meta } = readInput(html, 'html');
    expect(plain.text.trim()).toBe('Joint statement\n\nAdopted by Austria, Belgium & Chile.');
    expect(meta).toEqual({
      title: 'Joint statement',
      published: '2025-03-12',
      url: 'https://x.example/a',
    });
    const at = plain.text.indexOf('Belgium');
    const [start, end] = originalRange(plain, at, at + 'Belgium & Chile'.length);
    expect(html.slice(start, end)).toBe('Belgium &amp; Chile');
  });

  it('strips Markdown markup and reads the front matter', () => {
    const md =
      '---\ntitle: T\ndate: 2025-07-30\n---\n# Heading\n\nBy **Chile** and [Peru](https://p.example)[^1].\n\n- Uruguay\n\n[^1]: A note.\n';
    const { plain, meta } = readInput(md, 'md');
    expect(plain.text.split('\n').filter(Boolean)).toEqual([
      'Heading',
      'By Chile and Peru.',
      'Uruguay',
    ]);
    expect(meta).toEqual({ title: 'T', published: '2025-07-30' });
  });

  it('drops footnote markers but not numbers that belong to names', () => {
    const { plain } = readInput(
      'Kazakhstan1, Russia*, Peru[2] and Chile¹ cite C182 and the G20.',
      'txt',
    );
    expect(plain.text).toBe('Kazakhstan, Russia, Peru and Chile cite C182 and the G20.');
  });
});
