// The code's layout stays readable: small folders, imports running one way only (README.md, "Layout").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The folders of src/, highest first: a folder may import from those below it, never from one above.
 * src/lib/ counts one folder per concern. A new folder goes in this list at the place its imports give it.
 */
export const LAYERS = [
  'pages',
  'components',
  'layouts',
  'scripts',
  'styles',
  'integrations',
  'content.config',
  'lib/history',
  'lib/as-of',
  'lib/figures',
  'lib/site',
  'lib/publish',
  'lib/source-check',
  'lib/reviews',
  'lib/citation',
  'lib/content',
  'lib/markdown',
  'lib/record',
  'lib/ja-text',
  'plugins',
  'i18n',
  'schemas',
  'consts',
];

const SRC = 'src';
const CODE = /\.(ts|mts|astro|mjs|js)$/;
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]|new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The folder a file under src/ belongs to, as LAYERS names it: `lib/<concern>` in src/lib/, else the top folder (or file, without extension). */
export function unitOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  if (parts[0] === 'lib' && parts.length > 2) return `lib/${parts[1]}`;
  return parts.length > 1 ? parts[0]! : parts[0]!.replace(/\.[^.]+$/, '');
}

/** Every import between two folders of src/: [from folder, to folder, file, specifier]. */
export function folderImports(files: readonly string[], read = (f: string) => readFileSync(f, 'utf8')): [string, string, string, string][] {
  const out: [string, string, string, string][] = [];
  for (const file of files) {
    for (const match of read(file).matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      const target = normalize(join(dirname(file), spec));
      if (!target.startsWith(`${SRC}/`)) continue;
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from !== to) out.push([from, to, file, spec]);
    }
  }
  return out;
}

/** Imports that run upward (to a folder listed higher in `layers`), and folders LAYERS does not place. */
export function upwardImports(imports: readonly [string, string, string, string][], layers: readonly string[]): string[] {
  const rank = (unit: string) => layers.indexOf(unit);
  return imports
    .filter(([from, to]) => rank(from) < 0 || rank(to) < 0 || rank(to) <= rank(from))
    .map(([from, to, file, spec]) =>
      rank(from) < 0 || rank(to) < 0
        ? `${file}: folder ${rank(from) < 0 ? from : to} is not placed in LAYERS (tests/unit/layout.test.ts)`
        : `${file} imports ${spec}: ${from} may not import ${to}, which is above it`,
    );
}

/** Folder cycles (a imports b, which imports a, directly or through others), each as a path. */
export function folderCycles(imports: readonly [string, string, string, string][]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [from, to] of imports) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (unit: string, path: string[]) => {
    const at = path.indexOf(unit);
    if (at >= 0) return void cycles.push([...path.slice(at), unit]);
    if (done.has(unit)) return;
    for (const next of edges.get(unit) ?? []) visit(next, [...path, unit]);
    done.add(unit);
  };
  for (const unit of [...edges.keys()].sort()) visit(unit, []);
  return cycles;
}

const files = filesUnder(SRC).filter((f) => CODE.test(f));
const imports = folderImports(files);

describe('layout of src/', () => {
  test('no folder has more than 20 files directly in it', () => {
    const crowded = [SRC, ...filesUnder(SRC).map(dirname)]
      .filter((dir, i, all) => all.indexOf(dir) === i)
      .map((dir) => [dir, readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile()).length] as const)
      .filter(([, count]) => count > 20);
    expect(crowded).toEqual([]);
  });

  test('src/lib/ holds folders only, one per concern', () => {
    expect(readdirSync(join(SRC, 'lib')).filter((name) => statSync(join(SRC, 'lib', name)).isFile())).toEqual([]);
  });

  test('imports between folders run one way: down the layers, and never in a cycle', () => {
    expect(imports.length).toBeGreaterThan(50);
    expect(folderCycles(imports)).toEqual([]);
    expect(upwardImports(imports, LAYERS)).toEqual([]);
  });

  test('every file in src/lib/ opens with a line saying what it is for', () => {
    // A `//` line, or a doc comment whose first line of text is the summary.
    const silent = filesUnder(join(SRC, 'lib')).filter((f) => !/^(\/\/ \S|\/\*\* \S|\/\*\*\n \* \S)/.test(readFileSync(f, 'utf8')));
    expect(silent).toEqual([]);
  });
});

describe('the layout check itself', () => {
  const fake = (sources: Record<string, string>) => folderImports(Object.keys(sources), (f) => sources[f]!);
  test('finds an upward import and a cycle', () => {
    const found = fake({
      'src/lib/record/a.ts': "import { b } from '../site/b.ts';",
      'src/lib/site/b.ts': "import type { A } from '../record/a';\nconst w = new URL('../record/w.ts', import.meta.url);",
    });
    expect(found).toEqual([
      ['lib/record', 'lib/site', 'src/lib/record/a.ts', '../site/b.ts'],
      ['lib/site', 'lib/record', 'src/lib/site/b.ts', '../record/a'],
      ['lib/site', 'lib/record', 'src/lib/site/b.ts', '../record/w.ts'],
    ]);
    expect(folderCycles(found)).toEqual([['lib/record', 'lib/site', 'lib/record']]);
    expect(upwardImports(found, LAYERS)).toEqual(['src/lib/record/a.ts imports ../site/b.ts: lib/record may not import lib/site, which is above it']);
  });
  test('names a folder the layers do not place', () => {
    const found = fake({ 'src/lib/newthing/x.ts': "import { f } from '../record/format.ts';" });
    expect(upwardImports(found, LAYERS)).toEqual(['src/lib/newthing/x.ts: folder lib/newthing is not placed in LAYERS (tests/unit/layout.test.ts)']);
  });
  test('reads imports from src/ only, and ignores packages and files in the same folder', () => {
    expect(fake({ 'src/lib/site/c.ts': "import x from 'astro:content';\nimport { y } from './d.ts';\nimport z from '../../../package.json';" })).toEqual([]);
  });
});
