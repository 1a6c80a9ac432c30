// The static as-of page's line for one agreement: the same markup the Astro template wrote, every value escaped.
import { describe, expect, test } from 'vitest';
import { asOfRowHtml } from '../../src/lib/as-of/row-html';
import type { AgreementRow } from '../../src/lib/as-of/rows';

const row = (over: Partial<AgreementRow> = {}): AgreementRow => ({
  link: { href: '/agreements/sosa/', title: 'Security of Supply Arrangement', lang: undefined },
  step: { status: 'signed', date: { start: '2023-01-12', precision: 'day' }, dateText: '12 January 2023' },
  uncertain: [],
  replacedBy: [],
  ...over,
});

describe('asOfRowHtml', () => {
  test('writes the link, the status badge and the dated step', () => {
    expect(asOfRowHtml(row(), 'pending', 'en', undefined)).toBe(
      '<li data-group="pending"><a href="/agreements/sosa/">Security of Supply Arrangement</a><span class="as-of-step"><span class="badge status-signed"><span class="visually-hidden">Status: </span>Signed</span> <time datetime="2023-01-12" data-precision="day">12 January 2023</time></span></li>',
    );
  });

  test('Japanese: a full-width gap, the English title and note marked as English', () => {
    const html = asOfRowHtml(row({ link: { href: '/ja/agreements/sosa/', title: 'SOSA', lang: 'en' } }), 'pending', 'ja', { text: 'Signed in Washington', lang: 'en' });
    expect(html).toContain('<a href="/ja/agreements/sosa/" lang="en">SOSA</a>');
    expect(html).toContain('</span>　<time');
    expect(html).toContain('<span class="as-of-note" lang="en">Signed in Washington</span>');
  });

  test('escapes what content supplies: titles, notes, dates in words', () => {
    const html = asOfRowHtml(row({ link: { href: '/agreements/x/', title: '<script>alert("x")</script> & co', lang: undefined } }), 'pending', 'en', { text: "<b>R&D</b> 'note'", lang: undefined });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('&lt;b&gt;R&amp;D&lt;/b&gt; &#39;note&#39;');
  });

  test('later uncertain steps, and what replaced an ended agreement', () => {
    const html = asOfRowHtml(
      row({
        step: { status: 'superseded', date: { start: '2014-04-01', precision: 'day' }, dateText: '1 April 2014' },
        uncertain: [{ status: 'amended', date: { start: '2014-04', precision: 'month' }, dateText: 'April 2014' }],
        replacedBy: [
          { href: '/agreements/a/', title: 'A', lang: undefined },
          { href: '/agreements/b/', title: 'B', lang: undefined },
        ],
      }),
      'ended',
      'en',
      undefined,
    );
    expect(html).toContain('<span class="as-of-uncertain">then Amended (April 2014): not yet certain on this day</span>');
    expect(html).toContain('<span class="as-of-replaced">Replaced by: <a href="/agreements/a/">A</a>, <a href="/agreements/b/">B</a></span>');
  });

  test('no step: the link alone', () => {
    expect(asOfRowHtml(row({ step: undefined }), 'uncertain', 'en', undefined)).toBe('<li data-group="uncertain"><a href="/agreements/sosa/">Security of Supply Arrangement</a></li>');
  });
});
