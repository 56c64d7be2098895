import * as OpenCC from 'opencc-js/t2cn';
import { plainText } from '../meta/text.ts';

// A line that is nothing but a link (optionally a list item or heading, perhaps with a date after
// it) is a navigation or related-stories entry: what it names happens in another article.
const LINK_LINE =
  /^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+|\d{1,3}[.)]\s+)*(?:#{1,6}\s+)?\[[^[\]\n]{1,500}\]\([^()\n]{0,2000}\)[\s\-–—|·:,]*(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?\s*$/;

/** The paragraph without its link-only lines (related-stories lists, menus). */
export function withoutLinkLines(md: string): string {
  if (!md.includes('](')) return md;
  const lines = md.split('\n');
  const kept = lines.filter((l) => !LINK_LINE.test(l));
  return kept.length === lines.length ? md : kept.join('\n');
}

// Traditional characters that do not occur in Simplified text: a cheap test before converting.
const TRADITIONAL = /[們這國說會來為時個與後對麼開發關經進過還當從實現點產動體機門間問應長東區華電車網導頭]/;
let toSimplified: ((s: string) => string) | null = null;

/**
 * Traditional Chinese (Hong Kong and Taiwan usage) as Simplified, so that one vocabulary and one
 * gazetteer serve both scripts (國泰 → 国泰, 華為 → 华为). Text without traditional characters is
 * returned as it is.
 */
export function simplified(s: string): string {
  if (!TRADITIONAL.test(s)) return s;
  toSimplified ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return toSimplified(s);
}

/** The plain text recognisers read from one Markdown paragraph. */
export function entityText(md: string): string {
  return simplified(plainText(withoutLinkLines(md)));
}
