/*
 * The plain text of a Markdown paragraph, for matching boilerplate patterns and for the text the
 * metadata stage reads: link targets, emphasis marks, heading/quote/list markers and backslash
 * escapes removed.
 */
const MARKUP = /[\\[*~]|^(?:#|>|[-+] |\d{1,9}\. )/m;

/** Plain text of a Markdown paragraph. */
export function plainView(markdown: string): string {
  // Most paragraphs are plain prose: nothing to remove but extra spaces.
  if (!MARKUP.test(markdown))
    return /\s\s|[\t\n]/.test(markdown) ? markdown.replace(/\s+/g, ' ').trim() : markdown.trim();
  return markdown
    .replace(/^(?:#{1,6}|>|[-*+]|\d{1,9}\.)[ \t]+/gm, '')
    .replace(/(?<!\\)\[([^\]\n]{0,500})\]\([^()\s]{0,2048}\)/g, '$1')
    .replace(/(?<!\\)(?:\*{1,3}|~~)/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
