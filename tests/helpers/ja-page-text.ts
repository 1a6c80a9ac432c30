// Reads a built Japanese page as a reader meets it: its running text (block by block) and its spoken labels.
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { LINK_EDGE } from '../../src/lib/ja-text/rules.ts';

/** Elements that flow inside a line; every other element starts and ends a block of text. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img', 'svg', 'tspan']);
/** Never read as words: code, scripts, styles, and the machine-readable head. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'pre', 'code', 'kbd', 'samp', 'head']);
/** Attributes a reader hears or sees as words. */
const SPOKEN = ['aria-label', 'title', 'alt', 'placeholder'];

export interface PageText {
  /** Text a Japanese reader reads (outside code and outside elements in another language), one item per text node. */
  japanese: string[];
  /** Each block's whole rendered text, spaces collapsed, with LINK_EDGE where a link starts and ends. */
  blocks: string[];
  /** Spoken labels and the meta description, in a Japanese context: `name="value"`. */
  labels: string[];
}

export interface ReadOptions {
  /** Elements left unread, by CSS class (each use says why). */
  excludeClasses?: readonly string[];
}

export function readJapanesePage(html: string, options: ReadOptions = {}): PageText {
  const tree = fromHtml(html);
  const out: PageText = { japanese: [], blocks: [], labels: [] };
  let block = '';
  const flush = () => {
    const text = block.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (text) out.blocks.push(text);
    block = '';
  };
  const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

  const walk = (node: Nodes, japanese: boolean) => {
    if (node.type === 'text') {
      block += node.value;
      if (japanese) out.japanese.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'root') {
      for (const child of node.children) walk(child, japanese);
      return;
    }
    const el = node;
    if (el.tagName === 'meta' && el.properties.name === 'description' && japanese) out.labels.push(`description="${String(el.properties.content ?? '')}"`);
    if (SKIPPED.has(el.tagName)) {
      if (el.tagName === 'head') for (const child of el.children) walk(child, japanese);
      else if (el.tagName === 'code' || el.tagName === 'kbd' || el.tagName === 'samp') block += 'x'; // stands in the line, its words unread
      return;
    }
    // Never shown, never read aloud (`hidden`): e.g. the spelling variants a system page gives the search index.
    if (el.properties.hidden !== undefined && el.properties.hidden !== false) {
      flush();
      return;
    }
    if (options.excludeClasses && classes(el).some((c) => options.excludeClasses!.includes(c))) {
      flush();
      return;
    }
    const lang = typeof el.properties.lang === 'string' ? el.properties.lang : undefined;
    const inJapanese = lang === undefined ? japanese : lang === 'ja' || lang.startsWith('ja-');
    if (inJapanese) {
      for (const name of SPOKEN) {
        const key = name === 'aria-label' ? 'ariaLabel' : name;
        const value = el.properties[key];
        if (typeof value === 'string' && value) out.labels.push(`${name}="${value}"`);
      }
    }
    const isBlock = !INLINE.has(el.tagName);
    if (isBlock || el.tagName === 'br') flush();
    if (el.tagName === 'a') block += LINK_EDGE;
    for (const child of el.children) walk(child, inJapanese);
    if (el.tagName === 'a') block += LINK_EDGE;
    if (isBlock) flush();
  };
  walk(tree, true);
  flush();
  return out;
}

/** The labels of a `<select name=…>`'s options, in page order, without the first ("all …") option. */
export function selectOptions(html: string, name: string): string[] {
  const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1];
  if (!select) return [];
  return [...select.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).slice(1);
}
