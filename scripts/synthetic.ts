// Writes N synthetic, schema-valid entries for the benchmark: real shapes, made-up words, never real facts.
// With `ja` (the default), also a Japanese translation of every entry, actor and topic under <dir>/ja,
// in the format of src/schemas/translation.ts, so the benchmark builds both editions.
import { mkdirSync, rmSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic generator so every run builds the same corpus. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const WORDS = 'alliance supply interceptor propulsion arrangement memorandum review forum munitions sustainment logistics export licence transfer research development test evaluation consultation framework component assembly readiness resilience procurement industrial cooperation production maintenance program schedule capability'.split(' ');

/** Returns the short names it gave agreements, for search queries that should find exactly one entry. */
export function generate(dir: string, count: number, options: number | { seed?: number; ja?: boolean } = {}): { shortNames: string[]; ids: string[] } {
  const { seed = 42, ja = true } = typeof options === 'number' ? { seed: options } : options;
  const rnd = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => { const w = words(10 + Math.floor(rnd() * 12)); return w[0]!.toUpperCase() + w.slice(1) + '.'; };
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['agreements', 'events', 'actors', 'systems']) {
    mkdirSync(join(dir, folder), { recursive: true });
    if (ja) mkdirSync(join(dir, 'ja', folder), { recursive: true });
  }
  // Made-up Japanese words, so the Japanese pages carry text of a realistic length and script.
  const KANJI = '防衛装備移転協力共同生産研究開発試験評価供給整備迎撃弾薬協議枠組取決覚書'.split('');
  const jaWords = (n: number) => Array.from({ length: n }, () => pick(KANJI) + pick(KANJI)).join('');
  const jaSentence = () => `${jaWords(8 + Math.floor(rnd() * 10))}。`;
  const topicIds = [...readFileSync('content/topics.yaml', 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]!);
  if (ja) writeFileSync(join(dir, 'ja', 'topics.yaml'), topicIds.map((t) => `- id: ${t}\n  name: "${jaWords(3)}"\n  description: "${jaSentence()}"\n`).join(''));
  copyFileSync('content/topics.yaml', join(dir, 'topics.yaml'));
  const topics = ['export-rules', 'missile-defense', 'co-production', 'institutions', 'research-and-development', 'supply-chain-security'];

  const actors = Array.from({ length: Math.max(20, Math.round(count / 25)) }, (_, i) => `synthetic-actor-${i}`);
  actors.forEach((id, i) => {
    writeFileSync(join(dir, 'actors', `${id}.md`), `---\nname: "Synthetic Actor ${i}"\ntype: ${pick(['ministry', 'agency', 'company', 'person'])}\ncountry: ${pick(['JP', 'US'])}\n---\n`);
    if (ja) writeFileSync(join(dir, 'ja', 'actors', `${id}.md`), `---\nname: "${jaWords(2)}${i}"\n---\n`);
  });

  // Systems, and figures on about a third of the entries (a generator of their own, so the rest of the corpus
  // is the same as before systems existed): the register and the system pages carry their real share of the build.
  const fig = random(seed + 1);
  const figPick = <T,>(list: readonly T[]) => list[Math.floor(fig() * list.length)]!;
  const figSentence = () => { const w = Array.from({ length: 12 }, () => figPick(WORDS)).join(' '); return `${w[0]!.toUpperCase()}${w.slice(1)}.`; };
  const figJa = (n: number) => Array.from({ length: n }, () => figPick(KANJI) + figPick(KANJI)).join('');
  const KINDS = ['missile', 'interceptor', 'aircraft', 'sensor', 'engine', 'support'];
  const systems = Array.from({ length: Math.max(10, Math.round(count / 250)) }, (_, i) => `synthetic-system-${i}`);
  systems.forEach((id, i) => {
    const source = `sources:\n  - title: "[Synthetic source for ${id}]"\n    publisher: "Synthetic Wire"\n    kind: wire\n    url: "https://wire.synthetic.test/${id}"`;
    writeFileSync(join(dir, 'systems', `${id}.md`), `---\nname: "Synthetic System ${i}"\nshortName: "SYS-${i}"\naliases: ["Synthetic Mark ${i}"]\nkind: ${figPick(KINDS)}\nmakers: [${figPick(actors)}]\n${i > 0 && fig() < 0.3 ? `family: synthetic-system-${Math.floor(fig() * i)}\n` : ''}summary: "${figSentence()}"\n${source}\nlastReviewed: 2026-11-25\n---\n\n${figSentence()} ${figSentence()}[@1]\n`);
    if (ja) writeFileSync(join(dir, 'ja', 'systems', `${id}.md`), `---\nname: "${figJa(2)}システム${i}"\nsummary: "${figJa(9)}。"\ntranslatedFrom: 2026-11-25\n---\n\n${figJa(12)}。[@1]\n`);
  });
  const figures = () => {
    if (fig() >= 0.35) return '';
    const system = figPick(systems);
    const usd = fig() < 0.7;
    const value = usd ? Math.round(1 + fig() * 3000) * 1e6 : Math.round(1 + fig() * 2000) * 1e8;
    const amount = usd
      ? `  - { value: ${value}, currency: USD, basis: estimated-ceiling, upTo: true, source: 1 }`
      : `  - { value: ${value}, currency: JPY, basis: ${figPick(['contract', 'budget'])}, source: 1 }`;
    const quantity = fig() < 0.6 ? `quantities:\n  - { count: ${1 + Math.floor(fig() * 200)}, unit: ${figPick(['aircraft', 'missiles', 'engines', 'systems'])}, source: 1 }\n` : '';
    return `systems: [${system}]\namounts:\n${amount}\n${quantity}`;
  };

  const made: string[] = [];
  const shortNames: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const isAgreement = rnd() < 0.3;
    const id = `synthetic-${isAgreement ? 'agreement' : 'event'}-${i}`;
    const year = 1960 + Math.floor(rnd() * 67);
    const month = String(1 + Math.floor(rnd() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
    const p = rnd();
    const date = p < 0.7 ? `${year}-${month}-${day}` : p < 0.9 ? `${year}-${month}` : `${year}`;
    const related = made.length ? [pick(made)] : [];
    const sourceCount = 1 + Math.floor(rnd() * 3);
    const sources = Array.from({ length: sourceCount }, (_, n) =>
      `  - title: "[Synthetic source ${n + 1} for ${id}]"\n    publisher: "Synthetic Wire"\n    kind: wire\n    url: "https://wire.synthetic.test/${id}/${n + 1}"`,
    ).join('\n');
    const body = `\n## What it is\n\n${sentence()} ${sentence()}[@1]${related.length ? ` See [[${related[0]}]].` : ''}\n\n## Why it matters\n\n${sentence()} ${sentence()} ${sentence()}[@1]\n`;
    const common = `summary: "${sentence()}"\ntopics: [${pick(topics)}${rnd() < 0.4 ? `, ${pick(topics)}` : ''}]\nrelated: [${related.join(', ')}]\nsources:\n${sources}\nlastReviewed: 2026-11-25`;
    const title = `Synthetic ${words(4)} ${i}`;
    const figured = figures();
    const text = isAgreement
      ? `---\ntitle: "${title}"\nshortName: "SYN-${i}"\ntype: ${pick(['mou', 'arrangement', 'agreement', 'policy', 'rule-change'])}\nparties: [${pick(actors)}, ${pick(actors)}]\nbinding: ${pick(['binding', 'non-binding', 'unconfirmed'])}\nstatusHistory:\n  - { status: signed, date: ${date}, source: 1 }\n${figured}${common}\n---\n${body}`
      : `---\ntitle: "${title}"\ndate: ${date}\ntype: ${((type: string) => (figured ? 'fms-notification' : type))(pick(['meeting', 'announcement', 'decision', 'visit']))}\nactors: [${pick(actors)}]\n${figured}${common}\n---\n${body}`;
    writeFileSync(join(dir, isAgreement ? 'agreements' : 'events', `${id}.md`), text);
    if (ja) {
      const jaBody = `\n## 概要\n\n${jaSentence()}${jaSentence()}[@1]${related.length ? `（[[${related[0]}]]）` : ''}\n\n## 意義\n\n${jaSentence()}${jaSentence()}${jaSentence()}[@1]\n`;
      const jaText = `---\ntitle: "${jaWords(5)} ${i}"\n${isAgreement ? `shortName: "SYN-${i}"\n` : ''}summary: "${jaSentence()}${jaSentence()}"\ntranslatedFrom: 2026-11-25\nsourceTitles: [${Array.from({ length: sourceCount }, (_, n) => `"［合成の出典${n + 1}］"`).join(', ')}]\n---\n${jaBody}`;
      writeFileSync(join(dir, 'ja', isAgreement ? 'agreements' : 'events', `${id}.md`), jaText);
    }
    made.push(id);
    ids.push(`${isAgreement ? 'agreements' : 'events'}/${id}`);
    if (isAgreement) shortNames.push(`SYN-${i}`);
  }
  return { shortNames, ids };
}
