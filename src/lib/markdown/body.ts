// What an entry body holds, read as Markdown: unsafe links, raw HTML and the like, for the content check.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { CITATION, ENTRY_LINK, citationNumbers } from '../../plugins/syntax.ts';

export interface BodyFacts {
  /** Ids named by `[[id]]` links. */
  links: { id: string; line: number }[];
  /** Source numbers cited by `[@n]`. */
  citations: { n: number; line: number }[];
  /** Each problem already phrased for an editor. */
  problems: { line: number; message: string }[];
  isEmpty: boolean;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Links may be to the web, to a section of the page, or to another path of this site. */
export function isSafeHref(url: string): boolean {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return true;
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Reads an entry body as Markdown and reports what the build would otherwise render wrongly or unsafely. */
export function inspectBody(body: string, firstLine = 1): BodyFacts {
  const tree = parser.parse(body) as Root;
  const facts: BodyFacts = { links: [], citations: [], problems: [], isEmpty: body.trim() === '' };
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position?.start.line ?? 1) + firstLine - 1;
  visit(tree, (node) => {
    if (node.type === 'html') {
      facts.problems.push({
        line: lineOf(node),
        message: `raw HTML is not allowed in entries (${JSON.stringify(node.value.slice(0, 40))}): write it in Markdown instead`,
      });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      if (!isSafeHref(node.url)) {
        facts.problems.push({
          line: lineOf(node),
          message: `link target ${JSON.stringify(node.url)} is not allowed: use an absolute http(s) URL, a site path such as "/agreements/sosa/", or [[entry-id]]`,
        });
      }
    } else if (node.type === 'text') {
      for (const match of node.value.matchAll(ENTRY_LINK)) facts.links.push({ id: match[1]!, line: lineOf(node) });
      for (const match of node.value.matchAll(CITATION)) {
        for (const n of citationNumbers(match[1]!)) facts.citations.push({ n, line: lineOf(node) });
      }
    }
  });
  return facts;
}

/**
 * Characters and sequences without which a body cannot hold raw HTML, a link, an image, a definition,
 * code, an escape, an entity, emphasis or a table: in such a body every `[[id]]` and `[@n]` is plain text,
 * exactly where a regular expression finds it.
 */
const NOT_PLAIN = /[<`\\&*_~|]|\]\(|\]:|!\[|www\.|https?:|mailto:|(?:^|[^[])@|^(?: {4}|\t)/m;

/**
 * Like inspectBody, but a body that is plain text apart from `[[id]]` links and `[@n]` citations, all of
 * them valid, passes without a Markdown parse (most of the check's time at 10,000 entries). Any other body,
 * or any problem, goes through inspectBody, so every message and line number stays the same.
 */
export function inspectBodyQuickly(body: string, firstLine: number, isEntry: (id: string) => boolean, sources: number): BodyFacts {
  if (body.trim() !== '' && !NOT_PLAIN.test(body)) {
    let clean = true;
    for (const match of body.matchAll(ENTRY_LINK)) if (match[0].includes('\n') || !isEntry(match[1]!)) clean = false;
    for (const match of body.matchAll(CITATION)) for (const n of citationNumbers(match[1]!)) if (n < 1 || n > sources) clean = false;
    if (clean) return { links: [], citations: [], problems: [], isEmpty: false };
  }
  return inspectBody(body, firstLine);
}
