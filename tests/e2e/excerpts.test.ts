// Search excerpts are sentences from the entry: no filter or metadata words in the indexed text, and no
// label of the facts list run into its value ("TypeCompany", "EventTransfer", "ActorActor").
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site';

const site = useSite();

// Words that reach entry pages of every kind, actor pages included.
const QUERIES = ['Patriot', 'Lockheed', 'Mitsubishi', 'export', 'Ministry', 'interceptor', 'company', 'United States'];

// The labels the entry and actor pages print before a value, and the kind and type words of the metadata.
const LABELS = ['Key date', 'Current status', 'Parties', 'Binding', 'Under', 'Date', 'Location', 'Actors', 'Outcome', 'Topics',
  'Type', 'Country', 'Short name', 'Role in the record', 'Part of', 'Actor', 'Agreement', 'Event'];
const glued = new RegExp(`(?:^|[^\\p{L}])(?:${LABELS.join('|')})(?=\\p{Lu})`, 'u');

async function excerpts(q: string): Promise<{ url: string; excerpt: string }[]> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => /match|No entries/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const found = await page.$$eval('.search-result', (items) =>
    items.map((li) => ({ url: new URL(li.querySelector('a')!.href).pathname, excerpt: li.querySelector('.excerpt')!.textContent ?? '' })));
  await page.close();
  return found;
}

describe('search excerpts', () => {
  test('the pattern catches the runs the issue reported', () => {
    for (const bad of ['Self-Defense Force. EventTransfer. First', 'ActorActor Lockheed Martin.', 'TypeCompanyCountryUnited States']) expect(bad).toMatch(glued);
    for (const good of ['Type: Company. Country: United States.', 'the Patriot Event.', 'an Actor in it']) expect(good).not.toMatch(glued);
  });

  test.each(QUERIES)('no excerpt for “%s” runs a label into its value', async (q) => {
    const found = await excerpts(q);
    expect(found.length).toBeGreaterThan(0);
    for (const { url, excerpt } of found) expect(excerpt, url).not.toMatch(glued);
  });

  test('actor pages are indexed, and their facts read as "Label: value."', async () => {
    const found = await excerpts('Lockheed Martin');
    const actor = found.find((r) => r.url === '/actors/lockheed-martin/');
    expect(actor, JSON.stringify(found.map((r) => r.url))).toBeDefined();
    expect(actor!.excerpt).not.toMatch(/ActorActor|TypeCompany/);
    const facts = await excerpts('company');
    expect(facts.some((r) => /Type: Company\./.test(r.excerpt)), JSON.stringify(facts)).toBe(true);
  });
});
