import sanitizeHtml from 'sanitize-html';
import { allowList } from './allowList.ts';

/** Reduce HTML to the archive's allow-list. */
export function sanitizeMarkup(html: string): string {
  return sanitizeHtml(html, allowList);
}
