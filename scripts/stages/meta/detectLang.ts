import { withoutUrls } from './text.ts';

// Enough text to decide; a 2 MB block need not be counted to the end.
const SAMPLE = 20_000;

/**
 * The article's main language from its script: `zh` when Han characters outnumber Latin words
 * (a Chinese article naming `ThinkPad` or `5G SoC` stays Chinese), else `en`. Link targets are
 * not text and are not counted.
 */
export function detectLang(texts: string[]): 'en' | 'zh' {
  let han = 0;
  let latin = 0;
  let seen = 0;
  for (const t of texts) {
    const s = withoutUrls(t.slice(0, SAMPLE - seen + 2000).replace(/\]\([^()\n]{0,2000}\)/g, ']')).slice(
      0,
      SAMPLE - seen,
    );
    for (const _ of s.matchAll(/\p{Script=Han}/gu)) han++;
    for (const _ of s.matchAll(/[A-Za-z\uff21-\uff3a\uff41-\uff5a]+/g)) latin++;
    seen += s.length;
    if (seen >= SAMPLE) break;
  }
  return han > latin ? 'zh' : 'en';
}
