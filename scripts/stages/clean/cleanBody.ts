import type { Removed } from '../../lib/types.ts';
import { normaliseText } from '../normaliseText.ts';
import { repairBody } from '../repairMarkup.ts';
import { sanitizeMarkup } from '../sanitizeMarkup.ts';
import { stripBoilerplate, type BoilerplateVocab, type StripOptions } from '../stripBoilerplate.ts';
import { splitParagraphs, toMarkdown } from '../toMarkdown.ts';

/**
 * The cleaning chain for one block body (front matter already taken off): repair the markup,
 * sanitise it, convert to Markdown, split into paragraphs and strip the furniture.
 */
export function cleanBody(
  body: string,
  vocab: BoilerplateVocab,
  options: StripOptions = {},
): { kept: string[]; removed: Removed[] } {
  const { html, shape } = repairBody(body);
  // Plain text comes back as `<p>…</p>` lines of escaped text. When its only entities are the
  // `&amp;`, `&lt;` and `&gt;` of that escaping, sanitising would return it unchanged (it decodes
  // them and escapes the same characters again), so the parse is spared.
  const safe = shape === 'plain' && !/&(?!amp;|lt;|gt;)/.test(html) ? html : sanitizeMarkup(html);
  const markdown = toMarkdown(safe);
  return stripBoilerplate(splitParagraphs(normaliseText(markdown)), vocab, options);
}
