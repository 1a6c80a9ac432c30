import { z } from 'astro/zod';

/**
 * A date as precise as the sources allow: "2023", "2023-01" or "2023-01-12",
 * or an ISO 8601 interval of days such as "2024-06-09/2024-06-10".
 * YAML may hand us a Date (unquoted full dates) or a number (a bare year); we turn both back into text first.
 */
const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

function isRealDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function precisionOf(text: string): DatePrecision | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  if (match[3]) return isRealDay(text) ? 'day' : undefined;
  if (match[2]) return Number(match[2]) >= 1 && Number(match[2]) <= 12 ? 'month' : undefined;
  return 'year';
}

const HINT =
  'write a real date as "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the source allows), ' +
  'or a span of days as "YYYY-MM-DD/YYYY-MM-DD"';

export const partialDateSchema = z
  .preprocess(
    (value) =>
      value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
    z.string({ error: HINT }),
  )
  .transform((text, ctx) => {
    const [start = '', end, ...rest] = text.trim().split('/');
    const precision = precisionOf(start);
    if (!precision || rest.length > 0) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a valid date: ${HINT}` });
      return z.NEVER;
    }
    if (end !== undefined) {
      if (precision !== 'day' || precisionOf(end) !== 'day' || end <= start) {
        ctx.addIssue({
          code: 'custom',
          message: `"${text}" is not a valid span: both ends must be real days and the end after the start, e.g. "2024-06-09/2024-06-10"`,
        });
        return z.NEVER;
      }
      return { start, end, precision };
    }
    return { start, end: undefined, precision };
  });

export type PartialDate = z.output<typeof partialDateSchema>;

/** A day-precise date, for review stamps. */
export const dayDateSchema = partialDateSchema.refine((d) => d.precision === 'day' && !d.end, {
  error: 'must be a single day written "YYYY-MM-DD"',
});
