import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GOOD = 'tests/fixtures/good';

/**
 * Copies the good fixture into tests/.tmp/<name> and applies edits: each path maps to a function
 * from the file's text to its new text (null deletes the file); a path that does not exist yet is
 * created from the function's result for ''.
 */
export function fixture(name: string, edits: Record<string, (text: string) => string | null> = {}): string {
  const dir = join('tests/.tmp', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  cpSync(GOOD, dir, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(dir, path);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      mkdirSync(dirname(file), { recursive: true });
    }
    const next = edit(text);
    if (next === null) rmSync(file);
    else writeFileSync(file, next);
  }
  return dir;
}

/** Replaces one exact piece of text, failing loudly if the fixture no longer contains it. */
export function replace(from: string, to: string) {
  return (text: string) => {
    if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
    return text.replace(from, to);
  };
}
