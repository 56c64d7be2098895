import { CJK_NEWLINE } from './clean/cjkSpacing.ts';
import { closeContainers } from './clean/closeContainers.ts';
import { countRealTags, escapeText } from './clean/htmlTags.ts';
import { hasMangledTags, repairMangledTags } from './clean/mangledTags.ts';
import { looksLikeMarkdown, markdownHeading, markdownLine, markdownToHtml } from './clean/markdownInput.ts';
import { plainParagraphs } from './clean/plainText.ts';

/** How a block body was read. */
export type BodyShape = 'html' | 'mangled-html' | 'markdown' | 'plain';

const BLOCK = 'p|div|h[1-6]|ul|ol|table|blockquote|figure|section|article|center|pre';
const BLOCK_TAG = new RegExp(`<\\/?(?:${BLOCK}|br)\\b`, 'i');
const BLOCK_TAGS = new RegExp(`<(?:${BLOCK}|br)[\\s/>]`, 'gi');
const ENDS_BLOCK = new RegExp(`<\\/(?:${BLOCK})>\\s*$`, 'i');
const STARTS_BLOCK = new RegExp(`^\\s*<(?:${BLOCK})[\\s>]`, 'i');
// Wrappers of the Sogou news corpus (`<doc><url>…<contenttitle>…<content>…</doc>`).
const XML_WRAPPERS: Record<string, string> = { doc: '', url: 'p', contenttitle: 'p', content: 'div' };

// `**…**` within one text run (no tag, asterisk or line break inside).
const HTML_BOLD = /\*\*([^*<>\n]{1,500}?)\*\*/g;

/** Decide how to read a block body. */
export function bodyShape(body: string): BodyShape {
  if (hasMangledTags(body)) return 'mangled-html';
  // Paragraph-level markup decides; Markdown may carry a little inline HTML of its own.
  if (/<contenttitle>|<content>/.test(body) || (body.match(BLOCK_TAGS)?.length ?? 0) >= 2) return 'html';
  if (looksLikeMarkdown(body)) return 'markdown';
  const tags = countRealTags(body);
  return tags >= 2 || (tags === 1 && BLOCK_TAG.test(body)) ? 'html' : 'plain';
}

/** Give text lines that sit between HTML blocks (scraper tails) a paragraph of their own. */
function wrapStrayLines(html: string): string {
  const lines = html.split('\n');
  const blank = lines.map((l) => l.trim() === '');
  // Nearest non-blank line before and after each line, found in two linear passes.
  const prev: (string | undefined)[] = [];
  const next: (string | undefined)[] = [];
  let last: string | undefined;
  lines.forEach((l, i) => {
    prev[i] = last;
    if (!blank[i]) last = l;
  });
  last = undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = last;
    if (!blank[i]) last = lines[i];
  }
  return lines
    .map((line, i) => {
      if (blank[i]) return line;
      const md = markdownLine(line);
      if (md !== undefined) return md;
      if (/[<>]/.test(line)) return line;
      const before = prev[i] === undefined || blank[i - 1] === true || ENDS_BLOCK.test(prev[i]!);
      const after = next[i] === undefined || blank[i + 1] === true || STARTS_BLOCK.test(next[i]!);
      if (!(before && after)) return line;
      return markdownHeading(line) ?? `<p>${line}</p>`;
    })
    .join('\n');
}

function htmlBody(html: string): string {
  const unwrapped = html
    .replace(/<docno>[^<]{0,500}<\/docno>/gi, '')
    .replace(/<(\/?)(doc|url|contenttitle|content)>/gi, (_m, slash: string, name: string) => {
      const to = XML_WRAPPERS[name.toLowerCase()];
      return to ? `<${slash}${to}>` : '';
    });
  // Source line breaks inside Chinese text are not spaces. Markdown bold left in HTML text
  // (`<p>**李洪元：**不是…</p>`) is bold, not asterisks to show.
  return closeContainers(
    wrapStrayLines(unwrapped).replace(CJK_NEWLINE, '').replace(HTML_BOLD, '<strong>$1</strong>'),
  );
}

/** `repairMarkup`, also saying how the body was read. */
export function repairBody(body: string): { html: string; shape: BodyShape } {
  const shape = bodyShape(body);
  if (shape === 'mangled-html') return { html: htmlBody(repairMangledTags(body)), shape };
  if (shape === 'html') return { html: htmlBody(body), shape };
  if (shape === 'markdown') return { html: markdownToHtml(body).replace(CJK_NEWLINE, ''), shape };
  // A Markdown link line in plain text (`[source >>](https://…)`) is a link, not text to show.
  const html = plainParagraphs(body)
    .map((p) => markdownLine(p) ?? `<p>${escapeText(p)}</p>`)
    .join('\n');
  return { html, shape };
}

/**
 * Turn a block body (HTML, machine-mangled HTML, Markdown or plain text) into HTML with real tags.
 * Plain text stays text: `a < b` and `<3` are escaped, entities are decoded by the parser later.
 */
export function repairMarkup(body: string): string {
  return repairBody(body).html;
}
