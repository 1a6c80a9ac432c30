import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';

/**
 * Over the REAL content folder: every agreement, event, actor and topic has its Japanese translation.
 * Fails until the whole edition is translated (the translations are written on other branches).
 */
const { entries, translations, problems } = checkContent('content');
const translated = new Set(translations.map((t) => `${t.collection}/${t.id}`));

describe('the Japanese edition of the real content', () => {
  test('is valid', () => {
    expect(problems).toEqual([]);
  });

  test.each(entries.map((e) => [`${e.collection}/${e.id}`] as const))('%s is translated', (key) => {
    expect(translated.has(key), `add content/ja/${key.startsWith('topics/') ? 'topics.yaml' : `${key}.md`}`).toBe(true);
  });
});
