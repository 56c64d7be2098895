// Chinese word segmentation shared by the indexer (Node) and the search page (browser). Both sides
// use the same ICU word segmenter (Intl.Segmenter), so the words a query is cut into are the words
// the index holds; Pagefind's own index-time (jieba) and query-time (ICU) cuts disagree (#1237).

const han = /\p{Script=Han}/u;
const hanRun = /[\p{Script=Han}\u3005\u3007]+/gu;

let segmenter: Intl.Segmenter | undefined;
// Segmenting is most of the indexer's time, and the same runs (names, word suffixes, set phrases)
// recur across articles, so cuts are remembered; the cap keeps a 100,000-article build bounded.
const cut = new Map<string, string[]>();
const cutCap = 200_000;
function words(run: string): string[] {
  const known = cut.get(run);
  if (known) return known;
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const fresh = Array.from(segmenter.segment(run), (s) => s.segment);
  if (cut.size >= cutCap) cut.clear();
  cut.set(run, fresh);
  return fresh;
}

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

const cjkPunct = /[\u3000-\u303f\uff00-\uffef]/gu;

/**
 * Put spaces around every Chinese word and every full-width punctuation mark, so a tokenizer that
 * splits on spaces sees each word alone (Pagefind's would read `表示，公司` as one token).
 */
export function spaceHanWords(text: string): string {
  if (!hasHan(text)) return foldWidth(text);
  return foldWidth(text)
    .replace(hanRun, (run) => ` ${words(run).join(' ')} `)
    .replace(cjkPunct, ' $& ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^ | $/gm, '');
}

/**
 * Extra search tokens for a text's Chinese words: every suffix (2+ characters) of a word of 3+
 * characters. Pagefind matches a query word as a prefix of an indexed word, so with the suffixes
 * a query for a word inside a longer one (电脑 in 笔记本电脑) still finds it.
 */
export function hanInfixTokens(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.match(hanRun) ?? []) {
    for (const word of words(run)) {
      const chars = [...word];
      for (let i = 1; i + 2 <= chars.length; i++) out.add(chars.slice(i).join(''));
    }
  }
  return [...out];
}

/**
 * Undo the index's word spacing for display: drop a space between Chinese characters, full-width
 * punctuation or digits, when at least one side is Chinese, even around `<mark>`.
 */
export function joinHanWords(html: string): string {
  const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
  const before = new RegExp(`([${cjk}])((?:</mark>)?) ((?:<mark>)?)(?=[${cjk}0-9])`, 'gu');
  const after = new RegExp(`([0-9])((?:</mark>)?) ((?:<mark>)?)(?=[${cjk}])`, 'gu');
  return html.replace(before, '$1$2$3').replace(after, '$1$2$3');
}
