import type { Processor } from 'unified';
import { combineExtensions } from 'micromark-util-combine-extensions';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFromMarkdown } from 'mdast-util-gfm';

/**
 * Could GFM's literal autolinks ("www.…", "https://…", "name@example.org") match anything in this
 * Markdown? They need one of these; `[@1]` citations do not count (an email needs a letter, digit or
 * one of . _ + - just before its "@").
 */
export const MAY_AUTOLINK = /www\.|https?:|mailto:|xmpp:|[\w.+-]@/i;

/**
 * remark-gfm (tables, strikethrough, footnotes, task lists) without the syntax of literal autolinks:
 * micromark tries that construct at almost every character, and it is about 40% of rendering a body.
 * Used only for bodies in which MAY_AUTOLINK finds nothing, where it cannot change the result
 * (tests/unit/markdown-pool.test.ts renders both ways); every other body gets remark-gfm.
 */
export default function remarkGfmNoAutolink(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(combineExtensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()]));
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}
