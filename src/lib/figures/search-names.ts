/**
 * The spellings a reader may type for a system's names: 「PAC-3(MSE)」 as 「ＰＡＣ－３（ＭＳＥ）」, 「SM-3ブロックⅡA」 as
 * "SM-3ブロックIIA", "Tomahawk" as written. The search index gets each name's compatibility form (NFKC: full-width
 * letters and digits to half-width, Ⅱ to II) and its full-width form, so both find the system's page.
 */
const FULL_WIDTH_OFFSET = 0xfee0;

/** ASCII letters, digits and punctuation as their full-width forms (！ to ～). */
export function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** The other spellings of some names, without the names themselves and without repeats. */
export function searchVariants(names: readonly string[]): string[] {
  const given = new Set(names);
  const out = new Set<string>();
  for (const name of names) {
    const plain = name.normalize('NFKC');
    for (const variant of [plain, toFullWidth(plain), plain.replace(/[-‐−–]/g, ''), plain.replace(/\s+/g, '')]) {
      if (!given.has(variant)) out.add(variant);
    }
  }
  return [...out];
}

/** A name as a query is compared: compatibility form, lower case, no spaces ("ＰＡＣ－３ MSE" = "pac-3mse"). */
export function nameKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Each system's page and every name it goes by, for the search page. */
export interface SystemNames {
  url: string;
  names: string[];
}

/**
 * The page of the system a query names exactly (by any of its names, however spelled), so search can show it first:
 * Pagefind ranks by how often and how prominently words occur, and an FMS notification that repeats "AMRAAM" in its
 * title and short name would otherwise outrank the AMRAAM's own page.
 */
export function systemForQuery(query: string, systems: readonly SystemNames[]): string | undefined {
  const key = nameKey(query);
  if (!key) return undefined;
  return systems.find((s) => s.names.some((n) => nameKey(n) === key))?.url;
}
