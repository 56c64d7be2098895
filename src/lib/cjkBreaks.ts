import { cutWords } from './jieba.ts';

const han = /^\p{Script=Han}+$/u;
const cache = new Map<string, string[]>();

/**
 * A Chinese headline in pieces between which a line may break: jieba's word boundaries, but only
 * where a Chinese word meets a Chinese word, so 曝光 stays whole, a date such as 2024年8月13日
 * (digits between its characters) never splits, and no break lands next to punctuation. The page
 * joins the pieces with `<wbr>` under `word-break: keep-all` (global.css), so phones wrap a
 * balanced heading between words instead of inside them.
 */
export function breakPieces(text: string): string[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const pieces: string[] = [];
  let last = '';
  for (const run of text.split(/(\p{Script=Han}+)/u)) {
    if (!run) continue;
    const words = han.test(run) ? cutWords(run) : [run];
    for (const word of words) {
      if (pieces.length && han.test(word) && han.test(last)) pieces.push(word);
      else if (pieces.length) pieces[pieces.length - 1] += word;
      else pieces.push(word);
      last = word;
    }
  }
  cache.set(text, pieces);
  return pieces;
}
