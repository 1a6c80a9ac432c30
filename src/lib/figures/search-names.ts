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
