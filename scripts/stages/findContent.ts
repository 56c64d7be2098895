import { hanCount } from './clean/han.ts';

/** Settings and word lists of the content-region classifier (`boilerplate.yml` `content_region`). */
export interface RegionVocab {
  /** Weighted length below which a paragraph is short (a Han character weighs `hanWeight`). */
  lengthLow: number;
  /** Weighted length above which a paragraph with enough function words is good on its own. */
  lengthHigh: number;
  hanWeight: number;
  /** Share of function words (English words, Chinese characters) of near-good and good text. */
  stopwordsLow: number;
  stopwordsHigh: number;
  /** The same for Chinese, where function characters and clause punctuation are counted. */
  stopwordsLowZh: number;
  stopwordsHighZh: number;
  /** Paragraphs of other kinds a run of good ones may span and stay one region. */
  maxGap: number;
  /** How many lines above the region the headline, byline and date are looked for. */
  headerLines: number;
  stopwordsEn: ReadonlySet<string>;
  stopwordsZh: ReadonlySet<string>;
  /** Navigation, login, subscription and sharing words (`Subscribe`, `登录`), matched as whole lines' parts. */
  navWords: RegExp;
  /** Lines that are page furniture whatever their length (`Previous article`, `©`, ICP licences). */
  furniture: RegExp;
}

/** How a paragraph reads: running text (good), likely text, too short to tell, or furniture. */
export type ParaClass = 'good' | 'near-good' | 'short' | 'bad';

/** The classes, and the region of running text: `start`/`end` index its first and last paragraph. */
export interface ContentRegion {
  classes: ParaClass[];
  start: number;
  end: number;
  /** The region's first paragraph that is running text on its own (not by its neighbours). */
  first: number;
}

const WORD = /[\p{L}\p{N}'’]+/gu;

// Chinese running text is punctuated clause by clause; a menu or a label is not.
const ZH_PUNCT = new Set('，。、；：？！「」『』“”（）《》');

/**
 * Share of a paragraph that is function words: English words, or Chinese characters (function
 * characters and clause punctuation, over Han characters and punctuation).
 */
export function stopwordDensity(plain: string, vocab: RegionVocab): number {
  const han = hanCount(plain);
  if (han * 2 > plain.length) {
    let n = 0;
    let punct = 0;
    for (const c of plain) {
      if (vocab.stopwordsZh.has(c)) n++;
      else if (ZH_PUNCT.has(c)) punct++;
    }
    return han ? (n + punct) / (han + punct) : 0;
  }
  const words = plain.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => vocab.stopwordsEn.has(w.replace(/[’]/g, "'"))).length / words.length;
}

/** Length in Latin characters (spaces included): a Han character carries about as much as three letters. */
function weightedLength(plain: string, vocab: RegionVocab): number {
  const han = hanCount(plain);
  return plain.length - han + han * vocab.hanWeight;
}

const FURNITURE_MAX = 300;
const navAll = new WeakMap<RegionVocab, RegExp>();

/** `navWords` as a global regex, compiled once per vocabulary. */
function allNavWords(vocab: RegionVocab): RegExp {
  let re = navAll.get(vocab);
  if (!re) navAll.set(vocab, (re = new RegExp(vocab.navWords.source, 'giu')));
  return re;
}

/** Is the line navigation: mostly menu, login, subscription or sharing words? */
export function isNavLine(plain: string, vocab: RegionVocab): boolean {
  const t = plain.trim();
  // Every furniture pattern is bounded well below this length.
  if (t.length > FURNITURE_MAX) return false;
  if (!t || vocab.furniture.test(t)) return true;
  // Length first: splitting a long line into words is wasted on it.
  if (t.length > 60 || t.split(/\s+/).length > 8) return false;
  const nav = t.match(allNavWords(vocab)) ?? [];
  const navLength = nav.reduce((n, w) => n + w.length, 0);
  return navLength >= t.replace(/[\s\p{P}\p{S}]+/gu, '').length * 0.5;
}

/** A line that reads as text (a standfirst, a short sentence), not a label or a menu. */
export function textLike(plain: string, vocab: RegionVocab): boolean {
  const zh = hanCount(plain) * 2 > plain.length;
  return (
    weightedLength(plain, vocab) >= 40 &&
    stopwordDensity(plain, vocab) >= (zh ? vocab.stopwordsLowZh : vocab.stopwordsLow) &&
    !isNavLine(plain, vocab)
  );
}

/** jusText's context-free class of one paragraph. */
function classify(plain: string, repeated: boolean, vocab: RegionVocab): ParaClass {
  if (isNavLine(plain, vocab)) return 'bad';
  const length = weightedLength(plain, vocab);
  if (repeated && length < vocab.lengthHigh) return 'bad';
  const density = stopwordDensity(plain, vocab);
  if (length < vocab.lengthLow) return 'short';
  const zh = hanCount(plain) * 2 > plain.length;
  if (density >= (zh ? vocab.stopwordsHighZh : vocab.stopwordsHigh))
    return length > vocab.lengthHigh ? 'good' : 'near-good';
  return density >= (zh ? vocab.stopwordsLowZh : vocab.stopwordsLow) ? 'near-good' : 'bad';
}

/**
 * The nearest class other than `skip` before (`step` -1) or after (+1) paragraph `i`; the edge
 * reads as furniture. Repeated labels (`Article content`, `Advertisement`) between paragraphs are
 * passed over: they interrupt the text, they do not end it.
 */
function neighbour(
  classes: ParaClass[],
  i: number,
  step: 1 | -1,
  skip: ParaClass[],
  repeated: boolean[],
): ParaClass {
  for (let j = i + step; j >= 0 && j < classes.length; j += step)
    if (!skip.includes(classes[j]!) && !repeated[j]) return classes[j]!;
  return 'bad';
}

const SHORT_OR_NEAR: ParaClass[] = ['short', 'near-good'];
const SHORT: ParaClass[] = ['short'];

/**
 * Classify each paragraph as running text or furniture (jusText: length, function-word density,
 * navigation words, repetition, then the neighbours of short and near-good paragraphs), and find
 * the region of running text: runs of good paragraphs, across gaps of at most `maxGap` (not
 * counting repeated labels), from the first to the last run at least half the largest's size. `start` is -1 when no paragraph is good.
 */
export function findContent(plains: string[], vocab: RegionVocab): ContentRegion {
  const seen = new Map<string, number>();
  for (const p of plains) seen.set(p, (seen.get(p) ?? 0) + 1);
  const repeated = plains.map((p) => (seen.get(p) ?? 0) > 1 && weightedLength(p, vocab) < vocab.lengthLow);
  let classes = plains.map((p) => classify(p, (seen.get(p) ?? 0) > 1, vocab));
  // A short article may have no paragraph long enough to be good alone: its likely text is.
  if (!classes.includes('good')) classes = classes.map((c) => (c === 'near-good' ? 'good' : c));
  // jusText's context pass: a short paragraph between good ones is good, between furniture (or
  // furniture and likely text) furniture; a likely one is good unless furniture surrounds it.
  const ctx = classes.map((c, i): ParaClass => {
    if (c !== 'short') return c;
    const prev = neighbour(classes, i, -1, SHORT_OR_NEAR, repeated);
    const next = neighbour(classes, i, 1, SHORT_OR_NEAR, repeated);
    if (prev === 'good' && next === 'good') return 'good';
    if (prev === 'bad' && next === 'bad') return 'bad';
    const prevNear = neighbour(classes, i, -1, SHORT, repeated) === 'near-good';
    const nextNear = neighbour(classes, i, 1, SHORT, repeated) === 'near-good';
    return (prev === 'bad' && nextNear) || (next === 'bad' && prevNear) ? 'bad' : 'near-good';
  });
  const final = ctx.map((c, i): ParaClass => {
    if (c !== 'near-good') return c;
    const prev = neighbour(ctx, i, -1, SHORT_OR_NEAR, repeated);
    const next = neighbour(ctx, i, 1, SHORT_OR_NEAR, repeated);
    return prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  });
  const runs: { start: number; end: number; size: number }[] = [];
  // The gap since the last good paragraph, not counting repeated labels.
  let gap = 0;
  final.forEach((c, i) => {
    if (c !== 'good') {
      if (!repeated[i]) gap++;
      return;
    }
    if (runs.length === 0 || gap > vocab.maxGap) runs.push({ start: i, end: i, size: 0 });
    gap = 0;
    const run = runs.at(-1)!;
    run.end = i;
    run.size += weightedLength(plains[i]!, vocab);
  });
  // The region spans every run at least half the size of the largest (a newsletter box may split
  // an article in two); its first paragraph is where the headline is looked for above.
  const largest = Math.max(0, ...runs.map((r) => r.size));
  const big = runs.filter((r) => r.size * 2 >= largest);
  const best = { start: big[0]?.start ?? -1, end: big.at(-1)?.end ?? -1 };
  let first = best.start;
  while (first >= 0 && first < best.end && classes[first] !== 'good') first++;
  return { classes: final, start: best.start, end: best.end, first };
}
