import MarkdownIt from 'markdown-it';
import { wrapWidth } from './plainText.ts';

/** Markdown in a block: whole Markdown articles, and Markdown link lines left under HTML ones. */

// Raw HTML is let through on purpose: the sanitiser decides what survives, as for HTML blocks.
const render = new MarkdownIt({ html: true, linkify: false, typographer: false });
const renderWithBreaks = new MarkdownIt({ html: true, linkify: false, typographer: false, breaks: true });

const SIGNALS = [
  /^#{1,6}[ \t]+\S/gm,
  /\*\*[^*\n]{1,500}\*\*/g,
  /\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)/g,
  /^[ \t]{0,3}>[ \t]/gm,
  /^[ \t]{0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm,
  /~~[^~\n]{1,500}~~/g,
  /^[ \t]{0,3}```/gm,
];

/** True when `text` uses Markdown syntax often enough to be read as Markdown. */
export function looksLikeMarkdown(text: string): boolean {
  let hits = 0;
  for (const signal of SIGNALS) {
    hits += text.match(signal)?.length ?? 0;
    if (hits >= 2) return true;
  }
  return false;
}

/**
 * Render Markdown to HTML. Single line breaks separate paragraphs (scraped Markdown puts one
 * paragraph per line) unless the text is hard-wrapped; `<br>` becomes a paragraph break later.
 */
export function markdownToHtml(text: string): string {
  const wrapped = wrapWidth(text.split('\n')) > 0;
  return (wrapped ? render : renderWithBreaks).render(text);
}

// A Markdown heading written alone on its line: hashes, a space, then the heading's text (a lone
// `###` ends many press releases and is no heading).
const ATX_HEADING = /^#{1,6}[ \t]+[^#\s]/;

/**
 * Render a Markdown heading that stands on its own between HTML blocks (Jekyll posts mix the
 * two: `<figure>…</figure>`, then `### 小标题`), else undefined; shown as text it would read `### …`.
 */
export function markdownHeading(line: string): string | undefined {
  const text = line.trim();
  if (!ATX_HEADING.test(text) || /<[a-zA-Z/]/.test(text)) return undefined;
  return render.render(text);
}

const AUTOLINK_LINE = /^\s*<(https?:\/\/[^\s<>]{1,2000})>\s*$/;
const LINK = /\[[^\]\n]{1,300}\]\([^)\s]{1,2000}\)/;

/** Render a stray Markdown line found among HTML (`[返回首页](//…)`, `<http://…>`), else undefined. */
export function markdownLine(line: string): string | undefined {
  if (AUTOLINK_LINE.test(line)) return render.render(line.trim());
  if (/<[a-zA-Z/]/.test(line) || !LINK.test(line)) return undefined;
  return render.render(line.trim());
}
