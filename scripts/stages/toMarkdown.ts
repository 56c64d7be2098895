import TurndownService from 'turndown';
import { fastMarkdown } from './clean/fastMarkdown.ts';
import { useArchiveRules } from './clean/markdownRules.ts';
import { useTables } from './clean/tables.ts';

const service = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  emDelimiter: '*',
  strongDelimiter: '**',
  codeBlockStyle: 'fenced',
});
useTables(service);
useArchiveRules(service);

// Adjacent runs of the same emphasis (`<strong>新I</strong><strong>T</strong>`) would give `****`.
const SPLIT_EMPHASIS = /<\/(strong|em|del)>(\s*)<\1>/g;

/** Convert sanitised HTML to Markdown, keeping its structure; plain paragraphs take a fast path. */
export function toMarkdown(html: string): string {
  const fast = fastMarkdown(html, (text) => service.escape(text));
  if (fast !== undefined) return fast;
  return service.turndown(html.replace(SPLIT_EMPHASIS, '$2'));
}

/** Split Markdown into its blank-line-separated blocks, trimmed, empties dropped. */
export function splitParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
