/** Turn a block body (HTML, mangled HTML or plain text) into HTML with real tags. */
export function repairMarkup(body: string): string {
  const fixed = body
    // Machine translation spaces out tags: `< / P >`, `< p >`.
    .replace(
      /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9]*)\s*>/g,
      (_m, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}>`,
    );
  if (/<\/?(p|div|br|h[1-6]|ul|ol|li|table|blockquote|a|strong|em)\b[^>]*>/i.test(fixed)) return fixed;
  return fixed
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

/** Escape text for inclusion in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
