import TurndownService from 'turndown';

const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*' });

/** Convert sanitised HTML to Markdown, keeping its structure. */
export function toMarkdown(html: string): string {
  return service.turndown(html);
}

/** Split Markdown into its blank-line-separated blocks, trimmed, empties dropped. */
export function splitParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
