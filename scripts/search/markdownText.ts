import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const blockEnds = new Set([
  'paragraph_close',
  'heading_close',
  'list_item_close',
  'blockquote_close',
  'th_close',
  'td_close',
]);

function inlineText(tokens: readonly { type: string; content: string }[]): string {
  return tokens
    .map((t) =>
      t.type === 'softbreak' || t.type === 'hardbreak' ? ' ' : t.type === 'image' ? '' : t.content,
    )
    .join('');
}

/** The readable text of a Markdown body: paragraphs joined by blank lines, markup and link targets dropped. */
export function markdownText(body: string): string {
  const parts: string[] = [];
  let current = '';
  for (const token of md.parse(body, {})) {
    if (token.type === 'inline') current += inlineText(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') current += token.content;
    else if (blockEnds.has(token.type) && current.trim()) {
      parts.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts.join('\n\n');
}
