import { describe, expect, test } from 'vitest';
import { agreementSchema, type AgreementInput } from '../../src/schemas/agreement';
import { eventSchema } from '../../src/schemas/event';
import { sourceSchema } from '../../src/schemas/source';
import { describeIssue, fieldPath } from '../../src/lib/content/validate';
import { actorSchema } from '../../src/schemas/actor';

const source = { title: 'A release', publisher: 'U.S. Department of Defense', kind: 'official', url: 'https://www.defense.gov/x' };
const agreement: AgreementInput = {
  title: 'Security of Supply Arrangement',
  shortName: 'SOSA',
  type: 'arrangement',
  parties: ['us-dod', 'japan-mod'],
  binding: 'non-binding',
  statusHistory: [
    { status: 'announced', date: '2022-12' },
    { status: 'signed', date: '2023-01-12', source: 1 },
    { status: 'in-effect', date: '2023-02' },
  ],
  summary: 'A non-binding arrangement on priority support for defense supplies.',
  topics: ['supply-chain-security'],
  sources: [source as never],
  lastReviewed: '2026-11-25',
};

describe('agreement schema', () => {
  test('derives the current status from the last change and the key date from the signing', () => {
    const parsed = agreementSchema.parse(agreement);
    expect(parsed.status).toBe('in-effect');
    expect(parsed.date).toMatchObject({ start: '2023-01-12', precision: 'day' });
    expect(parsed.related).toEqual([]);
  });

  test('falls back to the first status date when nothing was signed or adopted', () => {
    const parsed = agreementSchema.parse({ ...agreement, statusHistory: [{ status: 'announced', date: '2023-08-18' }] });
    expect(parsed.date.start).toBe('2023-08-18');
  });

  test.each([
    ['status', { statusHistory: [{ status: 'sgned', date: '2023-01-12' }] }, /must be one of: proposed, announced/],
    ['binding', { binding: 'yes' }, /binding, non-binding, unconfirmed/],
    ['sources', { sources: [] }, /at least one source/],
    ['parties', { parties: [] }, /at least one party/],
    ['summary', { summary: 'Too short.' }, /one- or two-sentence summary/],
    ['id list', { related: ['Not An Id'] }, /lowercase letters, digits and hyphens/],
  ])('rejects a bad %s with a helpful message', (_name, change, message) => {
    const result = agreementSchema.safeParse({ ...agreement, ...change });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(message);
  });

  test('refuses unknown fields rather than silently dropping them', () => {
    const result = agreementSchema.safeParse({ ...agreement, signedOn: '2023-01-12' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });
});

describe('source schema', () => {
  test.each(['javascript:alert(1)', '/relative/path', 'www.mod.go.jp', 'ftp://example.org/file'])('refuses %s as a URL', (url) => {
    const result = sourceSchema.safeParse({ ...source, url });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/absolute http\(s\) URL/);
  });

  test('accepts a source with no URL on file, but not one with an unknown kind', () => {
    const { url: _url, ...noUrl } = source;
    expect(sourceSchema.safeParse(noUrl).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).error!.issues[0]!.message).toMatch(/official, wire, newspaper/);
  });
});

describe('an archived copy of a source', () => {
  const problems = (archive: unknown) =>
    sourceSchema.safeParse({ ...source, archive }, { reportInput: true }).error?.issues.map((i) => `${fieldPath(i.path)}: ${describeIssue(i)}`) ?? [];

  test('is a snapshot address and the day it was taken', () => {
    const parsed = sourceSchema.parse({ ...source, archive: { url: 'https://web.archive.org/web/20230118120000/https://www.defense.gov/x', date: '2023-01-18' } });
    expect(parsed.archive).toEqual({ url: 'https://web.archive.org/web/20230118120000/https://www.defense.gov/x', date: { start: '2023-01-18', end: undefined, precision: 'day' } });
  });

  test('names the field and the fix when it is wrong', () => {
    expect(problems('https://web.archive.org/web/2023/https://www.defense.gov/x')).toEqual([
      expect.stringMatching(/^archive: must be \{ url: <the snapshot's address>, date: <the day it was taken, YYYY-MM-DD> \}, e\.g\./),
    ]);
    expect(problems({ url: 'web.archive.org/web/2023/x', date: '2023-01-18' })).toEqual([expect.stringMatching(/^archive\.url: "web\.archive\.org\/web\/2023\/x" is not an absolute http\(s\) URL/)]);
    expect(problems({ url: 'https://web.archive.org/web/2023/x', date: '2023-01' })).toEqual(['archive.date: must be a single day written "YYYY-MM-DD"']);
    expect(problems({ url: 'https://web.archive.org/web/2023/x' })).toEqual([expect.stringMatching(/^archive\.date: is required but missing/)]);
    expect(problems({ url: 'https://web.archive.org/web/2023/x', date: '2023-01-18', status: 200 })).toEqual([expect.stringMatching(/^archive: unknown field "status"/)]);
  });
});

describe('event and actor schemas', () => {
  test('an event keeps its date precision and defaults its lists', () => {
    const parsed = eventSchema.parse({
      title: 'DICAS meeting', date: '2024-10', type: 'meeting', summary: 'A meeting known only to the month.',
      topics: ['co-production'], sources: [source], lastReviewed: '2026-11-25',
    });
    expect(parsed.date.precision).toBe('month');
    expect(parsed.actors).toEqual([]);
    expect(parsed.outcome).toEqual([]);
  });

  test('an actor needs a known type and country', () => {
    expect(actorSchema.safeParse({ name: 'MHI', type: 'company', country: 'JP' }).success).toBe(true);
    expect(actorSchema.safeParse({ name: 'MHI', type: 'firm', country: 'Japan' }).error!.issues).toHaveLength(2);
  });
});
