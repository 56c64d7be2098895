import MarkdownIt from 'markdown-it';

// Raw HTML in a body is shown as text, never parsed: the ingest already turned markup into Markdown.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token?.attrGet('href') ?? '');
  if (token && /^https?:/i.test(href)) token.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};
// Images are not hot-linked (see README, "Images"): show their alt text instead.
md.renderer.rules.image = (tokens, idx) => {
  const alt = tokens[idx]?.content ?? '';
  return alt ? `<em>${md.utils.escapeHtml(alt)}</em>` : '';
};

/** Render an article body (Markdown from the ingest) to safe HTML. */
export function renderMarkdown(body: string): string {
  return md.render(body);
}
