/**
 * The kind and type a record shows ("Agreement · Memorandum of understanding"): the type is left out
 * where it says what the kind says, so an agreement of type `agreement` reads "Agreement", not
 * "Agreement · Agreement". Compared as the reader sees them, in the page's language.
 */
const same = (a: string, b: string) => a.normalize('NFKC').trim().toLocaleLowerCase() === b.normalize('NFKC').trim().toLocaleLowerCase();

/** The type label to show beside the kind label, or undefined where it would repeat the kind. */
export function distinctType(kindLabel: string, typeLabel: string): string | undefined {
  return same(kindLabel, typeLabel) ? undefined : typeLabel;
}

/** The kind and type as one line, joined by a middle dot; the kind alone where the type repeats it. */
export function kindLine(kindLabel: string, typeLabel: string): string {
  const type = distinctType(kindLabel, typeLabel);
  return type ? `${kindLabel} · ${type}` : kindLabel;
}
