/**
 * The kind and type a record shows ("Agreement · Memorandum of understanding"): the type is left out
 * where it says what the kind says, so an agreement of type `agreement` reads "Agreement", not
 * "Agreement · Agreement". Compared as the reader sees them, in the page's language.
 */
const folded = new Map<string, string>();
// A handful of labels, compared on every page: each folded once.
const fold = (label: string) => {
  let f = folded.get(label);
  if (f === undefined) folded.set(label, (f = label.normalize('NFKC').trim().toLocaleLowerCase()));
  return f;
};
const same = (a: string, b: string) => a === b || fold(a) === fold(b);

/** The type label to show beside the kind label, or undefined where it would repeat the kind. */
export function distinctType(kindLabel: string, typeLabel: string): string | undefined {
  return same(kindLabel, typeLabel) ? undefined : typeLabel;
}

/** The kind and type as one line, joined by a middle dot; the kind alone where the type repeats it. */
export function kindLine(kindLabel: string, typeLabel: string): string {
  const type = distinctType(kindLabel, typeLabel);
  return type ? `${kindLabel} · ${type}` : kindLabel;
}
