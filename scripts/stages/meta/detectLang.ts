import { hanCount, latinRuns, withoutUrls } from './text.ts';

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
    let s = t.slice(0, SAMPLE - seen + 2000);
    if (s.includes('](')) s = s.replace(/\]\([^()\n]{0,2000}\)/g, ']');
    if (s.includes('//') || /www\./i.test(s)) s = withoutUrls(s);
    s = s.slice(0, SAMPLE - seen);
    han += hanCount(s);
    latin += latinRuns(s, true);
    seen += s.length;
    if (seen >= SAMPLE) break;
  }
  return han > latin ? 'zh' : 'en';
}
