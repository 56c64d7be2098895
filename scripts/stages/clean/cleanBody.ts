import type { Removed } from '../../lib/types.ts';
import { normaliseText } from '../normaliseText.ts';
import { repairMarkup } from '../repairMarkup.ts';
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
  const markdown = toMarkdown(sanitizeMarkup(repairMarkup(body)));
  return stripBoilerplate(splitParagraphs(normaliseText(markdown)), vocab, options);
}
