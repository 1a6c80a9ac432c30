import { describe, expect, test } from 'vitest';
import { partialDateSchema } from '../../src/schemas/date';
import { formatDate, formatDateJa } from '../../src/lib/record/format';
import { japanese } from '../../src/lib/publish/cite';
import { alternates, basePath, localeOfPath, localePath, localizeEntryLinks } from '../../src/i18n/locales';
import { en, ja, t, countLabel } from '../../src/i18n/ui';
import { VOCABULARY } from '../../src/i18n/vocab';
import { STATUSES } from '../../src/schemas/status';
import { AGREEMENT_TYPES } from '../../src/schemas/agreement';
import { EVENT_TYPES } from '../../src/schemas/event';

describe('Japanese dates', () => {
  test.each([
    ['2023-01-12', '2023年1月12日'],
    ['2023-01', '2023年1月'],
    ['1967', '1967年'],
    ['1998-12', '1998年12月'],
    ['2024-06-09/2024-06-10', '2024年6月9日～10日'],
    ['2024-06-30/2024-07-01', '2024年6月30日～7月1日'],
    ['2024-12-31/2025-01-02', '2024年12月31日～2025年1月2日'],
  ])('%s reads %s', (input, text) => {
    const date = partialDateSchema.parse(input);
    expect(formatDateJa(date)).toBe(text);
    expect(formatDate(date, 'ja')).toBe(text);
  });

  test('English stays the default', () => {
    expect(formatDate(partialDateSchema.parse('2023-01-12'))).toBe('12 January 2023');
  });
});

describe('Japanese citation', () => {
  const entry = { id: 'sosa', title: '供給安定化取決め', url: 'https://tracker.example/ja/agreements/sosa/', lastReviewed: partialDateSchema.parse('2026-11-25'), siteTitle: '日米防衛産業協力トラッカー' };
  test('names the page, the site, the review date, the URL and the access date', () => {
    expect(japanese(entry, partialDateSchema.parse('2026-11-26'))).toBe(
      '「供給安定化取決め」『日米防衛産業協力トラッカー』（最終確認日 2026年11月25日）https://tracker.example/ja/agreements/sosa/（閲覧日 2026年11月26日）',
    );
  });
  test('leaves the access date for the reader to fill in', () => {
    expect(japanese(entry)).toMatch(/（閲覧日 　　年　月　日）$/);
  });
});

describe('locale paths', () => {
  test.each([
    ['/', 'en', '/', '/ja/'],
    ['/agreements/sosa/', 'en', '/agreements/sosa/', '/ja/agreements/sosa/'],
    ['/ja/', 'ja', '/', '/ja/'],
    ['/ja/search/', 'ja', '/search/', '/ja/search/'],
    ['/japan-mod/', 'en', '/japan-mod/', '/ja/japan-mod/'],
  ])('%s is %s; its twins are %s and %s', (path, locale, enPath, jaPath) => {
    expect(localeOfPath(path)).toBe(locale);
    expect(alternates(path)).toEqual({ en: enPath, ja: jaPath });
    expect(basePath(path)).toBe(enPath);
    expect(localePath('ja', localePath('ja', path))).toBe(jaPath);
  });

  test.each(['/404/', '/404.html', '/404', '/ja/404/'])('the 404 page %s pairs /404.html with /ja/404/', (path) => {
    expect(alternates(path)).toEqual({ en: '/404.html', ja: '/ja/404/' });
  });
});

test('an English body shown on a Japanese page links to the Japanese pages, and only its entry links change', () => {
  const html = '<p>See <a href="/events/signing/" class="entry-link">the signing</a>, <a href="https://example.org/events/x/">a site</a> and <a href="#source-1" class="citation">1</a>.</p>';
  expect(localizeEntryLinks(html, 'ja')).toBe(html.replace('href="/events/signing/"', 'href="/ja/events/signing/"'));
  expect(localizeEntryLinks(html, 'en')).toBe(html);
});

describe('interface strings', () => {
  test('Japanese has every English key and no empty label except where English needs a tail', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    // Tails English needs and Japanese does not: the words after a date, the space before a link.
    const tails = new Set(['record.reviewedAfter', 'jaText.wordGap']);
    for (const [key, value] of Object.entries(ja)) if (!tails.has(key)) expect(value, key).not.toBe('');
  });
  test('placeholders are filled, and the same placeholders exist in both languages', () => {
    expect(t('ja', 'filters.showing', { shown: 3, total: 24 })).toBe('24件中3件を表示');
    expect(countLabel('en', 1)).toBe('1 entry');
    expect(countLabel('en', 2)).toBe('2 entries');
    expect([en['changes.historySummary'](1), en['changes.historySummary'](2), ja['changes.historySummary'](2)]).toEqual(['Revision history (1 change)', 'Revision history (2 changes)', '改訂履歴（2件の変更）']);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const [english, japanese] = [en[key], ja[key]];
      // A label that depends on numbers or words is a function of them in both languages, taking the same values.
      if (typeof english === 'function') expect([typeof japanese, (japanese as () => string).length], key).toEqual(['function', english.length]);
      else expect(names(japanese as string), key).toEqual(names(english));
    }
  });
  test('every vocabulary value has a Japanese label, and English labels are the schemas’ own', () => {
    expect(VOCABULARY.en.statuses).toBe(STATUSES);
    expect(Object.keys(VOCABULARY.ja.statuses).sort()).toEqual(Object.keys(STATUSES).sort());
    expect(Object.keys(VOCABULARY.ja.agreementTypes).sort()).toEqual(Object.keys(AGREEMENT_TYPES).sort());
    expect(Object.keys(VOCABULARY.ja.eventTypes).sort()).toEqual(Object.keys(EVENT_TYPES).sort());
    expect(VOCABULARY.ja.statuses.signed).toBe('署名');
  });
});
