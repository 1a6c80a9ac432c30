import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { decideDrafts, draftsShown, isDraft } from '../../src/lib/content/drafts';
import { scaffold } from '../../src/lib/content/scaffold';
import { fixture, replace } from '../helpers/fixture';

const A = 'agreements/sosa.md';
const E = 'events/signing.md';
const check = (dir: string) => {
  const { entries, problems } = checkContent(dir);
  return { entries, problems, text: formatProblems(problems) };
};
const draft = (text: string) => text.replace(/^---\n/, '---\ndraft: true\n');
const at = (dir: string, path: string) => `${dir}/${path}`;

describe('placeholders never reach readers', () => {
  const todo = (edits: Record<string, (t: string) => string>) => fixture(`drafts-todo-${Object.keys(edits).length}`, edits);

  test('a published entry with the scaffold TODO fails, naming the file and the field or body line', () => {
    const dir = todo({ [E]: (t) => replace('summary: A fixture event', 'summary: TODO A fixture event')(t).replace('signed here.[@1]', 'signed here.[@1]\n\nTODO: why it matters.') });
    const { problems } = check(dir);
    expect(problems).toContainEqual(expect.objectContaining({ file: at(dir, E), field: 'summary', message: expect.stringMatching(/scaffold's placeholder "TODO A fixture event.*replace every TODO.*draft: true/) }));
    expect(problems).toContainEqual(expect.objectContaining({ file: at(dir, E), field: 'body (line 29)', message: expect.stringContaining('"TODO: why it matters."') }));
    expect(problems).toHaveLength(2);
  });

  test('a published entry with an example.org source fails, naming sources[n].url', () => {
    const dir = fixture('drafts-example-org', { [A]: replace('url: https://www.pacom.mil/Media/NEWS/News-Article-View/Article/3271173/dod-japan-mod-sign-technology-and-security-of-supply-arrangements', 'url: https://example.org/report') });
    const { problems, text } = check(dir);
    expect(problems).toEqual([{ file: at(dir, A), field: 'sources[0].url', message: expect.stringMatching(/^"https:\/\/example\.org\/report" is a placeholder address \(example\.org\)/) }]);
    expect(text).toContain(`${at(dir, A)}\n  - sources[0].url: "https://example.org/report" is a placeholder`);
  });

  test('a word that merely contains the letters, or a real address, is not a placeholder', () => {
    const dir = fixture('drafts-not-placeholder', { [E]: replace('signed here.[@1]', 'signed here; see TODOS and [a report](https://www.example-news.jp/x) and https://notexample.org/.[@1]') });
    expect(check(dir).problems).toEqual([]);
  });

  test('a draft may keep its placeholders: the scaffold passes the check as written', () => {
    const dir = fixture('drafts-scaffold', {
      'events/new-event.md': () => scaffold({ collection: 'events', title: 'TODO: title', date: '2026-11-26', actorId: 'us-dod', topicId: 'supply-chain-security' }),
      'actors/new-actor.md': () => scaffold({ collection: 'actors', title: 'New actor', date: '2026-11-26', actorId: 'us-dod', topicId: 'supply-chain-security' }),
    });
    const { entries, problems } = check(dir);
    expect(problems).toEqual([]);
    expect(entries.filter((e) => isDraft(e.data)).map((e) => e.id).sort()).toEqual(['new-actor', 'new-event']);
  });

  test('publishing the scaffold without filling it in lists every placeholder', () => {
    const text = scaffold({ collection: 'events', title: 'New event', date: '2026-11-26', actorId: 'us-dod', topicId: 'supply-chain-security' });
    const dir = fixture('drafts-scaffold-published', { 'events/new-event.md': () => text.replace('draft: true\n', '') });
    const fields = check(dir).problems.map((p) => p.field);
    expect(fields).toEqual(['summary', 'sources[0].title', 'sources[0].publisher', 'sources[0].url', 'body (line 20)', 'body (line 24)']);
  });
});

describe('nothing published links to a draft', () => {
  test('a frontmatter reference and an [[id]] body link to a draft each fail, naming the published file and the draft', () => {
    const dir = fixture('drafts-linked', { [A]: draft });
    const { problems } = check(dir);
    const draftFile = at(dir, A);
    expect(problems).toEqual([
      { file: at(dir, E), field: 'outcome[0]', message: `links to "sosa", a draft (${draftFile}), from a published entry: publish "sosa" first (remove its \`draft: true\`), remove the link, or make this entry a draft too` },
      { file: at(dir, E), field: 'body (line 27)', message: expect.stringMatching(new RegExp(`^\\[\\[sosa\\]\\] links to "sosa", a draft \\(${draftFile.replace(/[.]/g, '\\.')}\\)`)) },
    ]);
  });

  test('a draft may link to published entries and to other drafts', () => {
    expect(check(fixture('drafts-both', { [A]: draft, [E]: draft })).problems).toEqual([]);
  });

  test('a published actor may not be a member of a draft actor', () => {
    const dir = fixture('drafts-member', { 'actors/us-dod.md': draft, 'actors/japan-mod.md': replace('country: JP', 'country: JP\nmemberOf: us-dod') });
    const fields = check(dir).problems.filter((p) => p.file === at(dir, 'actors/japan-mod.md')).map((p) => p.field);
    expect(fields).toContain('memberOf');
  });

  test('`draft` must be true or false', () => {
    const { text } = check(fixture('drafts-yes', { [E]: (t) => t.replace(/^---\n/, '---\ndraft: "yes"\n') }));
    expect(text).toMatch(/draft: must be true \(still being written: not published\) or false/);
  });
});

describe('one run reports every problem', () => {
  test('an impossible date, an unknown actor and an unknown related id in one entry are all reported', () => {
    const dir = fixture('drafts-three', {
      [E]: (t) => replace('date: 2023-01-12', 'date: "2023-02-30"')(replace('actors: [us-dod, japan-mod]', 'actors: [us-dod, japan-mof]')(t)).replace('summary:', 'related: [no-such-entry]\nsummary:'),
    });
    const { problems, text } = check(dir);
    expect(problems.map((p) => p.field)).toEqual(['date', 'related[0]', 'actors[1]']);
    expect(text).toMatch(/^Content check failed: 3 problems to fix\./);
    expect(text).toContain(`${at(dir, E)}\n  - date: `);
    expect(text).toContain('actors[1]: points to "japan-mof", which is not an entry; known actors: japan-mod, us-dod');
    expect(text).toContain('related[0]: points to "no-such-entry", which is not an entry');
  });

  test('an entry with schema errors still has its body links and citations checked, grouped under its file', () => {
    const dir = fixture('drafts-invalid-body', {
      [E]: (t) => replace('type: signing', 'type: party')(t).replace('The [[sosa]] was signed here.[@1]', 'The [[sosaa]] was signed here.[@2]'),
      [A]: replace('binding: non-binding', 'binding: maybe'),
    });
    const { problems, text } = check(dir);
    expect(problems.map((p) => `${p.file.slice(dir.length + 1)} ${p.field}`)).toEqual([
      'agreements/sosa.md binding',
      'events/signing.md type',
      'events/signing.md body (line 27)',
      'events/signing.md body (line 27)',
    ]);
    // Each file once: the schema problems and the cross-checks of one file sit together.
    expect(text.split(at(dir, E)).length).toBe(2);
  });

  test('malformed parts are not checked again: no ghosts of what the schema already reported', () => {
    const dir = fixture('drafts-no-ghosts', {
      // A malformed id in the list, a malformed source list, an unknown field holding a reference.
      [E]: (t) => t.replace('outcome: [sosa]', 'outcome: [Sosa, 42]\nrelatd: [no-such-entry]').replace(/sources:[\s\S]*?lastReviewed/, 'sources: none\nlastReviewed'),
    });
    const { problems } = check(dir);
    expect(problems.map((p) => p.field)).toEqual(['sources', 'outcome[0]', 'outcome[1]', undefined]);
    expect(problems.at(-1)!.message).toMatch(/unknown field "relatd"/);
  });

  test('an entry whose file cannot be read is still an entry others may point to', () => {
    const dir = fixture('drafts-unreadable', { [A]: replace('binding: non-binding', 'binding: [non-binding') });
    const { problems } = check(dir);
    expect(problems).toEqual([{ file: at(dir, A), message: expect.stringMatching(/^malformed YAML/) }]);
  });

  test('a topics file that cannot be read does not make every topic reference dangle', () => {
    const dir = fixture('drafts-topics-broken', { 'topics.yaml': replace('- id: supply-chain-security', '- id: [supply-chain-security') });
    const { problems } = check(dir);
    expect(problems.map((p) => p.file)).toEqual([at(dir, 'topics.yaml')]);
  });
});

describe('whether a run shows drafts', () => {
  test('the development server shows them, every other Astro command leaves them out', () => {
    expect(decideDrafts('dev', {})).toBe('show');
    for (const command of ['build', 'sync', 'preview']) expect(decideDrafts(command, {})).toBe('hide');
  });

  test('TRACKER_DRAFTS decides explicitly, and a wrong value is refused', () => {
    expect(decideDrafts('build', { TRACKER_DRAFTS: 'show' })).toBe('show');
    expect(decideDrafts('dev', { TRACKER_DRAFTS: 'hide' })).toBe('hide');
    expect(() => decideDrafts('build', { TRACKER_DRAFTS: 'yes' })).toThrow(/must be "show" or "hide"/);
  });

  test('the collections leave drafts out unless told to show them', () => {
    expect(draftsShown({})).toBe(false);
    expect(draftsShown({ TRACKER_DRAFTS: 'hide' })).toBe(false);
    expect(draftsShown({ TRACKER_DRAFTS: 'show' })).toBe(true);
  });
});
