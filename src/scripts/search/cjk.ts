// Chinese text for the search index (Node) and the search page (browser). Chinese is indexed one
// character per token and queried as a phrase of characters, so a query matches exactly the
// articles that contain it as written: no word segmenter has to agree between the two sides. ICU's
// (Intl.Segmenter) cuts 华为 into 华|为 but 中华为 into 中华|为, and jieba cuts 华为公司 as one
// word, so any word-level cut makes some articles unfindable or others match loosely. Pagefind
// itself does not segment: records are indexed as `en`, which splits on whitespace only.

const han = /\p{Script=Han}/u;
const hanChar = /[\p{Script=Han}\u3005\u3007]/gu;
const hanRun = /[\p{Script=Han}\u3005\u3007]+/gu;

/** True when the text holds at least one Chinese character. */
export function hasHan(text: string): boolean {
  return han.test(text);
}

/** Full-width Latin letters and digits (ＣＣＴＶ, ２０２２) as ASCII; Chinese punctuation is left alone. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

// CJK symbols and full-width forms, plus the curly quotes and dashes Chinese text uses.
const cjkPunct = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/gu;

/**
 * Put spaces around every Chinese character and every full-width punctuation mark, so Pagefind's
 * whitespace tokenizer sees each character alone and a phrase query can match any run of them.
 */
export function spaceHan(text: string): string {
  if (!hasHan(text)) return foldWidth(text);
  return foldWidth(text)
    .replace(hanChar, ' $& ')
    .replace(cjkPunct, ' $& ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^ | $/gm, '');
}

/** The runs of Chinese characters in a text (each is searched as one phrase). */
export function hanRuns(text: string): string[] {
  return text.match(hanRun) ?? [];
}

/**
 * Undo the index's spacing for display: drop a space between Chinese characters, CJK punctuation
 * (curly quotes included) or digits, when at least one side is Chinese or CJK punctuation, even
 * around `<mark>`; adjacent highlights then merge, so a phrase is marked once.
 */
export function joinHan(html: string): string {
  const cjk =
    '\\p{Script=Han}\\u3005\\u3007\\u3000-\\u303f\\uff00-\\uffef\\u2018\\u2019\\u201c\\u201d\\u2014\\u2026';
  const before = new RegExp(`([${cjk}])((?:</mark>)?) ((?:<mark>)?)(?=[${cjk}0-9])`, 'gu');
  const after = new RegExp(`([0-9])((?:</mark>)?) ((?:<mark>)?)(?=[${cjk}])`, 'gu');
  // Twice: a replacement consumes the character before the space, so runs of single characters
  // ("华 为 公 司") need a second pass for every other gap.
  const once = (s: string) => s.replace(before, '$1$2$3').replace(after, '$1$2$3');
  return once(once(html)).replace(/<\/mark><mark>/g, '');
}
