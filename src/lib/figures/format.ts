// Money and counts as readers write them: "up to $3.0 billion", "¥161.1 billion"; 「最大30億ドル」「1611億円」「17機」.
import type { Amount, Currency, Quantity, QuantityUnit } from '../../schemas/value.ts';
import type { Locale } from '../../i18n/locales.ts';

type Figure = Pick<Amount, 'value' | 'currency'> & { upTo?: boolean | undefined; approximate?: boolean | undefined };

const SYMBOL: Record<Currency, string> = { USD: '$', JPY: '¥' };

/** Digits with thousands separators, at most `decimals` decimals, trailing zeros dropped (but at least `keep`). */
function decimal(n: number, decimals: number, keep = 0): string {
  // One formatter per shape: toLocaleString builds a new one on every call (every register row, every page).
  const key = `${decimals}:${keep}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, (format = new Intl.NumberFormat('en-US', { minimumFractionDigits: keep, maximumFractionDigits: decimals })));
  return format.format(n);
}
const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * English: "$3.0 billion", "$11.552 billion", "$219 million", "¥1.2 trillion", "$850,000". Words only where the
 * figure is exact in them (three decimals of billions, two of millions; a figure given to the dollar keeps all
 * its digits, never rounded), and billions keep one decimal as the notifications write them ("$3.0 billion").
 */
export function moneyEn(value: number, currency: Currency): string {
  const sym = SYMBOL[currency];
  const exact = (unit: number, decimals: number) => Math.abs(Math.round((value / unit) * 10 ** decimals) - (value / unit) * 10 ** decimals) < 1e-6;
  if (value >= 1e12 && exact(1e12, 3)) return `${sym}${decimal(value / 1e12, 3, 1)} trillion`;
  if (value >= 1e9 && exact(1e9, 3)) return `${sym}${decimal(value / 1e9, 3, 1)} billion`;
  if (value >= 1e6 && exact(1e6, 2)) return `${sym}${decimal(value / 1e6, 2)} million`;
  return `${sym}${decimal(value, 2)}`;
}

/** Japanese: 兆・億・万 with Arabic digits, the way ministries and newspapers write sums: 30億ドル, 1611億円, 36億4000万ドル. */
export function moneyJa(value: number, currency: Currency): string {
  const unit = currency === 'JPY' ? '円' : 'ドル';
  const whole = Math.trunc(value);
  const cents = Math.round((value - whole) * 100);
  let rest = BigInt(whole);
  const parts: string[] = [];
  for (const [size, name] of [[10n ** 12n, '兆'], [10n ** 8n, '億'], [10n ** 4n, '万']] as const) {
    const n = rest / size;
    if (n > 0n) parts.push(`${n}${name}`);
    rest %= size;
  }
  if (rest > 0n || parts.length === 0) parts.push(String(rest));
  const fraction = cents > 0 ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : '';
  return `${parts.join('')}${fraction}${unit}`;
}

/** An amount with its qualifiers: "up to $3.0 billion", "about ¥161.1 billion"; 「最大30億ドル」「約1611億円」. */
export function formatMoney(figure: Figure, locale: Locale): string {
  if (locale === 'ja') return `${figure.upTo ? '最大' : ''}${figure.approximate ? '約' : ''}${moneyJa(figure.value, figure.currency)}`;
  return `${figure.upTo ? 'up to ' : ''}${figure.approximate ? 'about ' : ''}${moneyEn(figure.value, figure.currency)}`;
}

/** English nouns of each unit, singular and plural. */
const UNIT_EN: Record<QuantityUnit, [string, string]> = {
  aircraft: ['aircraft', 'aircraft'],
  missiles: ['missile', 'missiles'],
  engines: ['engine', 'engines'],
  'ship-sets': ['ship set', 'ship sets'],
  systems: ['system', 'systems'],
  radars: ['radar', 'radars'],
  terminals: ['terminal', 'terminals'],
  targets: ['target', 'targets'],
  ships: ['ship', 'ships'],
};

/** Japanese counters (助数詞): aircraft 機, missiles 発, engines and radars 基, systems 式, ships 隻, a ship's set 隻分. */
export const UNIT_COUNTERS: Record<QuantityUnit, string> = {
  aircraft: '機',
  missiles: '発',
  engines: '基',
  'ship-sets': '隻分',
  systems: '式',
  radars: '基',
  terminals: '台',
  targets: '機',
  ships: '隻',
};

/**
 * Where the counter alone does not say what is counted beside the system's name (an aircraft's 40 engines), the
 * Japanese puts the noun first: 「エンジン40基」.
 */
const UNIT_NOUNS_JA: Partial<Record<QuantityUnit, string>> = { engines: 'エンジン', radars: 'レーダー', terminals: '端末', targets: '標的機' };

/** "17 aircraft", "up to 400 missiles", "1 ship set"; 「17機」「最大400発」「エンジン40基」. */
export function formatQuantity(q: Pick<Quantity, 'count' | 'unit'> & { upTo?: boolean | undefined }, locale: Locale): string {
  if (locale === 'ja') return `${UNIT_NOUNS_JA[q.unit] ?? ''}${q.upTo ? '最大' : ''}${q.count.toLocaleString('en-US')}${UNIT_COUNTERS[q.unit]}`;
  const [one, many] = UNIT_EN[q.unit];
  return `${q.upTo ? 'up to ' : ''}${q.count.toLocaleString('en-US')} ${q.count === 1 ? one : many}`;
}
