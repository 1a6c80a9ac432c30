import { describe, expect, test } from 'vitest';
import { groupOfStatus, isDay, periodOf, statusOn, stepState, stepsBetween, parseDated, type Step } from '../../src/lib/as-of/status-on';
import { decodeIndex, encodeIndex, replacementsOf, type StatusIndex } from '../../src/lib/as-of/status-index';
import { asOfDay, changesBetween, changesByYear, yearEnd, yearsSpanned } from '../../src/lib/as-of/view';
import { changeRows, groupRows, pageOfGroups } from '../../src/lib/as-of/rows';
import { asOfYearJson } from '../../src/lib/as-of/year-json';
import { asOfLink, asOfRestrictedLink } from '../../src/lib/as-of/links';

const step = (status: Step['status'], date: string): Step => ({ status, date: parseDated(date) });

describe('dates at their precision', () => {
  test('a month runs to its last day, leap years included; a year to 31 December; a span to its end', () => {
    expect(periodOf(parseDated('1967-04'))).toEqual({ first: '1967-04-01', last: '1967-04-30' });
    expect(periodOf(parseDated('2024-02'))).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodOf(parseDated('2023-02'))).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(periodOf(parseDated('2021'))).toEqual({ first: '2021-01-01', last: '2021-12-31' });
    expect(periodOf(parseDated('2024-06-09/2024-06-10'))).toEqual({ first: '2024-06-09', last: '2024-06-10' });
  });

  test('a step counts from the end of its own day; a month-dated one only once the month is over', () => {
    expect(stepState(parseDated('2014-04-01'), '2014-03-31')).toBe('after');
    expect(stepState(parseDated('2014-04-01'), '2014-04-01')).toBe('done');
    expect(stepState(parseDated('1967-04'), '1967-03-31')).toBe('after');
    expect(stepState(parseDated('1967-04'), '1967-04-01')).toBe('within');
    expect(stepState(parseDated('1967-04'), '1967-04-29')).toBe('within');
    expect(stepState(parseDated('1967-04'), '1967-04-30')).toBe('done');
    expect(stepState(parseDated('2024-06-09/2024-06-10'), '2024-06-09')).toBe('within');
  });

  test('isDay accepts only real days', () => {
    expect(isDay('2023-01-12')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2023-01')).toBe(false);
    expect(isDay('2023-1-12')).toBe(false);
  });
});

describe('statusOn', () => {
  const history = [step('adopted', '1967-04'), step('superseded', '2014-04-01')];

  test('before any step there is nothing; inside the first step’s month it is not yet certain', () => {
    expect(statusOn(history, '1967-03-31')).toEqual({ current: undefined, uncertain: [] });
    expect(statusOn(history, '1967-04-15')).toEqual({ current: undefined, uncertain: [history[0]] });
  });

  test('after the month it is adopted; on the day it was superseded it is superseded', () => {
    expect(statusOn(history, '1967-05-01').current).toEqual({ index: 0, step: history[0] });
    expect(statusOn(history, '2014-03-31').current?.step.status).toBe('adopted');
    expect(statusOn(history, '2014-04-01').current?.step.status).toBe('superseded');
  });

  test('a certain later step makes the steps before it certain, whatever their precision', () => {
    const h = [step('adopted', '1967-04'), step('amended', '1967-04-10')];
    expect(statusOn(h, '1967-04-20')).toEqual({ current: { index: 1, step: h[1] }, uncertain: [] });
  });

  test('a certain status with a later month-dated step keeps the certain one and reports the other', () => {
    const h = [step('signed', '2011-11-02'), step('in-effect', '2011-12')];
    expect(statusOn(h, '2011-12-05')).toEqual({ current: { index: 0, step: h[0] }, uncertain: [h[1]] });
  });

  test('groups: signed waits with announced; adopted and in effect together; superseded and expired end', () => {
    expect(groupOfStatus('signed')).toBe('pending');
    expect(groupOfStatus('announced')).toBe('pending');
    expect(groupOfStatus('adopted')).toBe('in-effect');
    expect(groupOfStatus('implemented')).toBe('in-effect');
    expect(groupOfStatus('amended')).toBe('amended');
    expect(groupOfStatus('expired')).toBe('ended');
  });

  test('stepsBetween keeps what became certain after one day and by another', () => {
    const h = [step('announced', '2023-08-18'), step('signed', '2024-05'), step('amended', '2025-01-01')];
    expect(stepsBetween(h, '2023-12-31', '2024-12-31')).toEqual([h[1]]);
    expect(stepsBetween(h, '2023-12-31', '2024-05-15')).toEqual([]);
    expect(stepsBetween(h, '2024-05-15', '2024-05-31')).toEqual([h[1]]);
  });
});

const index: StatusIndex = {
  agreements: [
    { id: 'old', title: 'Old principles', topics: ['export-rules'], systems: [], steps: [step('adopted', '1967-04'), step('superseded', '2014-04-01')], replacedBy: ['new'] },
    { id: 'new', title: 'New principles', lang: 'en', topics: ['export-rules'], systems: [], steps: [step('adopted', '2014-04-01'), step('amended', '2023-12-22')], replacedBy: [] },
    { id: 'mou', title: 'An MOU', topics: ['research'], systems: ['gpi'], steps: [step('signed', '2023-01-12')], replacedBy: [] },
  ],
  events: [{ id: 'talks', title: 'Talks', topics: ['research'], systems: ['gpi'], date: parseDated('2023-06') }],
};

describe('the compact index', () => {
  test('round-trips through its published form', () => {
    const file = encodeIndex(index);
    expect(decodeIndex(JSON.parse(JSON.stringify(file)))).toEqual(index);
    expect(file.a[0]).toEqual(['old', 'Old principles', 0, 'export-rules', '', [4, '1967-04', 8, '2014-04-01'], 'new']);
  });

  test('rejects a version it does not know', () => {
    expect(() => decodeIndex({ ...encodeIndex(index), v: 2 as 1 })).toThrow(/version 2/);
  });

  test('replacementsOf names the linked agreement with a step on the day of supersession, and nothing otherwise', () => {
    const old = index.agreements[0]!;
    expect(replacementsOf(old, index.agreements)).toEqual(['new']);
    expect(replacementsOf(old, [index.agreements[2]!])).toEqual([]);
    expect(replacementsOf(index.agreements[1]!, index.agreements)).toEqual([]);
  });
});

describe('asOfDay and changesBetween', () => {
  test('groups every agreement begun by the day', () => {
    const groups = (day: string) => asOfDay(index, day).map((g) => [g.group, g.items.map((i) => i.agreement.id)]);
    expect(groups('1967-04-10')).toEqual([['uncertain', ['old']]]);
    expect(groups(yearEnd(2013))).toEqual([['in-effect', ['old']]]);
    expect(groups('2014-04-01')).toEqual([['in-effect', ['new']], ['ended', ['old']]]);
    expect(groups(yearEnd(2023))).toEqual([['amended', ['new']], ['pending', ['mou']], ['ended', ['old']]]);
  });

  test('restricts to a topic or a system', () => {
    expect(asOfDay(index, yearEnd(2023), { topic: 'research' }).flatMap((g) => g.items.map((i) => i.agreement.id))).toEqual(['mou']);
    expect(asOfDay(index, yearEnd(2023), { system: 'gpi' }).flatMap((g) => g.items.map((i) => i.agreement.id))).toEqual(['mou']);
    expect(asOfDay(index, yearEnd(2023), { system: 'none' })).toEqual([]);
  });

  test('changes between two days: steps oldest first, and the events', () => {
    const c = changesBetween(index, '2013-12-31', yearEnd(2023));
    expect(c.steps.map((s) => `${s.agreement.id} ${s.step.status}`)).toEqual(['old superseded', 'new adopted', 'mou signed', 'new amended']);
    expect(c.events.map((e) => e.id)).toEqual(['talks']);
    expect(changesBetween(index, '2023-06-15', '2023-06-29').events).toEqual([]);
  });

  test('changesByYear gives, for every year, what changesBetween gives from one year end to the next', () => {
    const byYear = changesByYear(index);
    for (const year of yearsSpanned(index)) {
      expect(byYear.get(year) ?? { steps: [], events: [] }, String(year)).toEqual(changesBetween(index, yearEnd(year - 1), yearEnd(year)));
    }
    expect(byYear.get(2014)!.steps.map((s) => `${s.agreement.id} ${s.step.status}`)).toEqual(['old superseded', 'new adopted']);
  });

  test('yearsSpanned runs from the first dated thing to the last, with no gaps', () => {
    expect(yearsSpanned(index)).toEqual(Array.from({ length: 2023 - 1967 + 1 }, (_, i) => 1967 + i));
    expect(yearsSpanned({ agreements: [], events: [] })).toEqual([]);
  });
});

describe('rows, year JSON and links', () => {
  const byId = new Map(index.agreements.map((a) => [a.id, a]));

  test('rows link in the page’s language, say dates at their precision, and name a replacement only once it has ended', () => {
    const en = groupRows('en', asOfDay(index, yearEnd(2014)), byId);
    expect(en.map((g) => g.group)).toEqual(['in-effect', 'ended']);
    expect(en[1]!.rows[0]).toMatchObject({ link: { href: '/agreements/old/' }, step: { status: 'superseded', dateText: '1 April 2014' }, replacedBy: [{ href: '/agreements/new/', title: 'New principles', lang: 'en' }] });
    const ja = groupRows('ja', asOfDay(index, '1967-04-10'), byId);
    expect(ja[0]!.rows[0]).toMatchObject({ link: { href: '/ja/agreements/old/' }, step: undefined, uncertain: [{ status: 'adopted', dateText: '1967年4月' }], replacedBy: [] });
    const changes = changeRows('ja', changesBetween(index, yearEnd(2022), yearEnd(2023)));
    expect(changes.events).toEqual([{ link: { href: '/ja/events/talks/', title: 'Talks', lang: undefined }, date: parseDated('2023-06'), dateText: '2023年6月' }]);
  });

  test('the year JSON lists each agreement with its group, status and step date, and the year’s changes', () => {
    const json = asOfYearJson(index, 2014, new URL('https://example.org/'));
    expect(json.date).toBe('2014-12-31');
    expect(json.agreements).toEqual([
      { id: 'new', url: 'https://example.org/agreements/new/', group: 'in-effect', status: 'adopted', since: '2014-04-01', uncertain: [], replacedBy: [] },
      { id: 'old', url: 'https://example.org/agreements/old/', group: 'ended', status: 'superseded', since: '2014-04-01', uncertain: [], replacedBy: ['new'] },
    ]);
    expect(json.changes.steps).toEqual([{ id: 'old', status: 'superseded', date: '2014-04-01' }, { id: 'new', status: 'adopted', date: '2014-04-01' }]);
  });

  test('an entry links to its date’s year, with ?date= only for a single day before 31 December', () => {
    const years = [1967, 2014, 2023, 2024];
    expect(asOfLink('en', parseDated('2014-04-01'), years)).toBe('/as-of/2014/?date=2014-04-01');
    expect(asOfLink('ja', parseDated('1967-04'), years)).toBe('/ja/as-of/1967/');
    expect(asOfLink('en', parseDated('2023-12-31'), years)).toBe('/as-of/2023/');
    expect(asOfLink('en', parseDated('2024-06-09/2024-06-10'), years)).toBe('/as-of/2024/?date=2024-06-10');
    expect(asOfLink('en', parseDated('1999-01-01'), years)).toBeUndefined();
    expect(asOfRestrictedLink('ja', 'system', 'sm-3-block-iia', years)).toBe('/ja/as-of/2024/?system=sm-3-block-iia');
    expect(asOfRestrictedLink('en', 'topic', 'export-rules', [])).toBeUndefined();
  });
});

describe('paging the groups', () => {
  test('every row lands on exactly one page, in order, under its own group', () => {
    const item = (id: string) => ({ agreement: { id, title: id, steps: [], topics: [], systems: [], replacedBy: [] }, group: 'in-effect' as const, step: undefined, uncertain: [] });
    const groups = [
      { group: 'in-effect' as const, items: ['a', 'b', 'c'].map(item) },
      { group: 'pending' as const, items: ['d'].map(item) },
      { group: 'ended' as const, items: ['e', 'f'].map(item) },
    ];
    const ids = (page: number) => pageOfGroups(groups, page, 2).map((g) => [g.group, g.items.map((i) => i.agreement.id).join('')]);
    expect(ids(1)).toEqual([['in-effect', 'ab']]);
    expect(ids(2)).toEqual([['in-effect', 'c'], ['pending', 'd']]);
    expect(ids(3)).toEqual([['ended', 'ef']]);
    expect(ids(4)).toEqual([]);
  });
});
