import sanitizeHtml from 'sanitize-html';
import { allowList } from './allowList.ts';

/** Reduce HTML to the archive's allow-list (`allowList.ts`): nothing executable survives. */
export function sanitizeMarkup(html: string): string {
  try {
    return sanitizeHtml(html, allowList);
  } catch {
    // sanitize-html does not throw on bad markup; if it ever did, plain text is the safe fallback.
    return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: allowList.nonTextTags });
  }
}
