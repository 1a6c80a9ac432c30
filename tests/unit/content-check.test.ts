import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/problems';
import { fixture, replace, GOOD } from '../helpers/fixture';

const A = 'agreements/sosa.md';
const E = 'events/signing.md';

function problemsOf(dir: string) {
  const { problems } = checkContent(dir);
  return { problems, text: formatProblems(problems) };
}

describe('content check on the good fixture', () => {
  test('passes and reads every collection', () => {
    const { entries, problems } = checkContent(GOOD);
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual([
      'actors/japan-mod', 'actors/us-dod', 'agreements/sosa', 'events/month-only', 'events/signing', 'systems/pac-3-mse', 'systems/sm-3-block-iia',
      'topics/research-and-development', 'topics/supply-chain-security',
    ]);
  });
});

/** Each class of bad input, the file and field it must name, and words of the fix. */
const cases: [string, Record<string, (t: string) => string | null>, string, RegExp][] = [
  ['malformed YAML', { [A]: replace('binding: non-binding', 'binding: [non-binding') }, A, /malformed YAML at line \d+/],
  ['missing frontmatter', { [A]: () => 'Just a body, no frontmatter.' }, A, /has no frontmatter/],
  ['wrong type', { [A]: replace('shortName: SOSA', 'shortName: [SOSA]') }, `${A}\n  - shortName: wrong type: expected string`, /./],
  ['unknown enum value', { [A]: replace('status: signed', 'status: sgined') }, 'statusHistory[0].status', /must be one of: proposed, announced/],
  ['impossible date', { [E]: replace('date: 2023-01-12', 'date: "2023-02-30"') }, `${E}\n  - date`, /not a valid date/],
  ['missing required field', { [A]: replace('title: Security of Supply Arrangement\n', '') }, 'title: is required but missing', /./],
  ['missing sources', { [E]: (t) => t.replace(/sources:[\s\S]*?lastReviewed/, 'sources: []\nlastReviewed') }, `${E}\n  - sources`, /at least one source/],
  ['non-http source URL', { [A]: replace('url: https://www.pacom.mil', 'url: javascript://www.pacom.mil') }, 'sources[0].url', /absolute http\(s\) URL/],
  ['unknown field', { [A]: replace('binding: non-binding', 'binding: non-binding\nsigend: 2023-01-12') }, A, /unknown field "sigend"/],
  ['dangling reference', { [A]: replace('related: [signing]', 'related: [signing, no-such-entry]') }, 'related[1]', /"no-such-entry", which is not an entry/],
  ['reference to the wrong collection', { [E]: replace('outcome: [sosa]', 'outcome: [us-dod]') }, 'outcome[0]', /must be agreement/],
  ['dangling party', { [A]: replace('parties: [us-dod, japan-mod]', 'parties: [us-dod, japan-mof]') }, 'parties[1]', /japan-mof.*known actors: japan-mod, us-dod/],
  ['unknown topic', { [E]: replace('topics: [supply-chain-security]', 'topics: [supply-chains]') }, 'topics[0]', /supply-chains/],
  ['duplicate id across collections', { 'actors/signing.md': () => '---\nname: Clash\ntype: person\ncountry: JP\n---\n' }, 'duplicate id "signing"', /rename one file/],
  ['status history out of order', {
    [A]: replace('  - { status: signed, date: 2023-01-12, source: 1 }', '  - { status: signed, date: 2023-01-12, source: 1 }\n  - { status: announced, date: 2022-12 }'),
  }, 'statusHistory[1].date', /oldest first/],
  ['status citing a missing source', { [A]: replace('source: 1 }', 'source: 3 }') }, 'statusHistory[0].source', /lists only 1/],
  ['correction citing a missing source', {
    [E]: replace('lastReviewed: 2026-11-25', 'corrections:\n  - { date: 2026-11-26, change: "Dated to the day from the readout.", source: 2 }\nlastReviewed: 2026-11-25'),
  }, `${E}\n  - corrections[0].source`, /cites source 2, but the entry lists only 1/],
  ['corrections out of order', {
    [E]: replace('lastReviewed: 2026-11-25', 'corrections:\n  - { date: 2026-11-26, change: "Dated to the day from the readout." }\n  - { date: 2026-11-20, change: "Location added from the readout." }\nlastReviewed: 2026-11-25'),
  }, 'corrections[1].date', /oldest first/],
  ['correction without a sentence', {
    [E]: replace('lastReviewed: 2026-11-25', 'corrections:\n  - { date: 2026-11-26, change: "fixed" }\nlastReviewed: 2026-11-25'),
  }, 'corrections[0].change', /say what changed/],
  ['date note citing a missing source', {
    [E]: replace('date: 2023-01-12', 'date: 2023-01-12\ndateNote: "Another report gives the day before [@4]."'),
  }, `${E}\n  - dateNote`, /\[@4\] cites source 4, but the entry lists only 1/],
  ['unknown [[id]] in a body', { [E]: replace('The [[sosa]] was', 'The [[sosaa]] was') }, `${E}\n  - body (line`, /\[\[sosaa\]\] links to an entry that does not exist/],
  ['citation past the sources', { [E]: replace('[@1]', '[@2]') }, 'body (line', /\[@2\] cites source 2, but the entry lists 1 source/],
  ['raw HTML in a body', { [E]: (t) => `${t}\n<script>alert(1)</script>\n` }, 'body (line', /raw HTML is not allowed/],
  ['javascript: link in a body', { [E]: (t) => `${t}\n[click](javascript:alert(1))\n` }, 'body (line', /"javascript:alert\(1\)" is not allowed/],
  ['empty body', { [E]: (t) => t.slice(0, t.lastIndexOf('---') + 4) }, `${E}\n  - body: is empty`, /./],
  ['bad topic file', { 'topics.yaml': replace('- id: supply-chain-security', '- id: Supply Chain') }, 'topics.yaml (topic Supply Chain)', /lowercase letters/],
];

describe.each(cases)('bad input: %s', (name, edits, where, message) => {
  test('fails the check naming the file and field, with the fix', () => {
    const { problems, text } = problemsOf(fixture(`check-${name.replace(/\W+/g, '-')}`, edits));
    expect(problems.length).toBeGreaterThan(0);
    expect(text).toContain(where);
    expect(text).toMatch(message);
  });
});

test('the report lists every problem, grouped by file', () => {
  const dir = fixture('check-several', {
    [A]: replace('binding: non-binding', 'binding: maybe'),
    [E]: replace('type: signing', 'type: party'),
  });
  const { text } = problemsOf(dir);
  expect(text).toMatch(/^Content check failed: 2 problems to fix\./);
  expect(text.indexOf(A)).toBeGreaterThan(0);
  expect(text.indexOf(E)).toBeGreaterThan(0);
});

describe('corrections that are right', () => {
  test('a dated correction citing a listed source passes', () => {
    const dir = fixture('check-good-correction', {
      [E]: replace('lastReviewed: 2026-11-25', 'corrections:\n  - { date: 2026-11-26, change: "Dated to the day from the readout.", source: 1 }\nlastReviewed: 2026-11-25'),
    });
    expect(problemsOf(dir).problems).toEqual([]);
  });
});
