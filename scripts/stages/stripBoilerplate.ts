import type { Removed } from '../lib/types.ts';
import type { RegionVocab } from './findContent.ts';
import { displayWidth } from './clean/cjkSpacing.ts';
import { plainView } from './clean/plainView.ts';
import { findRepeats, repeatKey } from './clean/repeats.ts';

/** A boilerplate pattern with the kind of furniture it finds. */
export interface BoilerplatePattern {
  kind: string;
  pattern: RegExp;
}

/** Boilerplate patterns and settings as loaded from `content/vocab/boilerplate.yml`. */
export interface BoilerplateVocab {
  /** Whole paragraphs that are page furniture (anchored at both ends). */
  paragraphs: BoilerplatePattern[];
  /** Furniture stuck to the start (`^…`) or end (`…$`) of a paragraph. */
  fragments?: BoilerplatePattern[];
  /** Paragraphs that open a run of furniture (related links, comments). */
  tails?: BoilerplatePattern[];
  tailMaxLength?: number;
  navRun?: number;
  navMaxWidth?: number;
  repeatMinLength?: number;
  siteSuffix?: RegExp | undefined;
  /** The content-region classifier's settings (`content_region`), for text dumps. */
  region?: RegionVocab | undefined;
}

/** What else the stage may know about the article. */
export interface StripOptions {
  /** The headline from front matter: an image line or paragraph repeating it is furniture. */
  title?: string;
}

interface Para {
  md: string;
  plain: string;
  kind?: string;
  /** Fragments cut from this paragraph. */
  cut: Removed[];
  /** `repeatKey` of the final plain text, once worked out (both the title and repeat checks use it). */
  key?: string;
}

const SENTENCE_PUNCT = /[.!?。！？，,；;：:]/u;
const LINK = /\[[^\]\n]{1,500}\]\([^()\s]{1,2048}\)/g;
const DATE_ONLY = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/u;

// Furniture is short: patterns only look at a paragraph's ends, and whole-paragraph patterns
// skip long paragraphs, which keeps the stage linear on huge blocks.
const EDGE = 160;
const WHOLE = 2100;

// One combined test per pattern list rules out most paragraphs in a single regex call.
const anyCache = new WeakMap<BoilerplatePattern[], RegExp>();
function anyOf(list: BoilerplatePattern[]): RegExp {
  let re = anyCache.get(list);
  if (!re) {
    re = list.length ? new RegExp(list.map((b) => `(?:${b.pattern.source})`).join('|'), 'iu') : /(?!)/;
    anyCache.set(list, re);
  }
  return re;
}

const splitCache = new WeakMap<BoilerplatePattern[], [RegExp, RegExp]>();
function anyOfEnds(fragments: BoilerplatePattern[]): [RegExp, RegExp] {
  const pair: [RegExp, RegExp] = [
    anyOf(fragments.filter((f) => f.pattern.source.startsWith('^'))),
    anyOf(fragments.filter((f) => !f.pattern.source.startsWith('^'))),
  ];
  splitCache.set(fragments, pair);
  return pair;
}

function cutFragments(p: Para, vocab: BoilerplateVocab): void {
  const fragments = vocab.fragments ?? [];
  const [starts, ends] = splitCache.get(fragments) ?? anyOfEnds(fragments);
  if (!starts.test(p.md.slice(0, EDGE)) && !ends.test(p.md.slice(-EDGE))) return;
  for (const f of fragments) {
    const atEnd = f.pattern.source.endsWith('$');
    const offset = atEnd ? Math.max(0, p.md.length - EDGE) : 0;
    const m = f.pattern.exec(atEnd ? p.md.slice(offset) : p.md.slice(0, EDGE));
    if (m) m.index += offset;
    // Only a piece of a paragraph: a whole-paragraph match is the paragraph patterns' job.
    if (!m || m[0].length === 0 || m[0].trim().length >= p.md.trim().length) continue;
    p.cut.push({ kind: f.kind, text: plainView(m[0]) });
    p.md = (m.index === 0 ? p.md.slice(m[0].length) : p.md.slice(0, m.index)).trim();
    p.plain = plainView(p.md);
  }
}

/** True when a paragraph (or image line) only repeats the headline, whole or without its site suffix. */
function repeatsTitle(key: string, title: string): boolean {
  const text = key.replace(/^image: /, '');
  return text === title || (text.length >= 10 && title.startsWith(text));
}

/** Mark runs of very short paragraphs (menus, share bars) as navigation. */
function markMenus(paras: Para[], run: number, width: number): void {
  let start = 0;
  const short = (p: Para) =>
    !p.kind &&
    p.plain !== '' &&
    p.plain.length <= width &&
    displayWidth(p.plain) <= width &&
    !SENTENCE_PUNCT.test(p.plain);
  for (let i = 0; i <= paras.length; i++) {
    if (i < paras.length && (short(paras[i]!) || (paras[i]!.kind && i > start))) continue;
    if (i - start >= run) for (let j = start; j < i; j++) paras[j]!.kind ??= 'navigation';
    start = i + 1;
  }
}

/** Mark a trailing list of links and dates (a portal's "more from us" box) as related links. */
function markLinkTail(paras: Para[]): void {
  let i = paras.length;
  let links = 0;
  while (i > 0) {
    const p = paras[i - 1]!;
    const linkText = [...p.md.matchAll(LINK)].reduce((n, m) => n + plainView(m[0]).length, 0);
    const linky =
      linkText > 0 && (linkText * 2 >= p.plain.length || (p.plain.length <= 60 && /\)$/.test(p.md)));
    if (!(p.kind || linky || DATE_ONLY.test(p.plain))) break;
    if (linky) links++;
    i--;
  }
  if (paras.length - i >= 3 && links >= 2)
    for (let j = i; j < paras.length; j++) paras[j]!.kind ??= 'related';
}

/**
 * Remove page furniture: whole paragraphs matching the vocabulary, fragments glued to a
 * paragraph's start or end, runs opened by a tail marker (related news, comments), menus, a
 * trailing link list, and repeated or truncated copies of other paragraphs. Removed text is
 * returned as plain text with its kind, because the metadata stage reads datelines, editors and
 * sources from it. When unsure, a paragraph is kept.
 */
export function stripBoilerplate(
  paragraphs: string[],
  vocab: BoilerplateVocab,
  options: StripOptions = {},
): { kept: string[]; removed: Removed[] } {
  const title = options.title ? repeatKey(plainView(options.title), vocab.siteSuffix) : '';
  const paras: Para[] = paragraphs.map((md) => ({ md, plain: plainView(md), cut: [] }));
  let tail: string | undefined;
  for (const p of paras) {
    cutFragments(p, vocab);
    if (title && repeatsTitle((p.key = repeatKey(p.plain, vocab.siteSuffix)), title)) p.kind = 'title-repeat';
    const whole = p.plain.length <= WHOLE;
    if (whole && !p.kind && anyOf(vocab.paragraphs).test(p.plain))
      p.kind = vocab.paragraphs.find((b) => b.pattern.test(p.plain))?.kind;
    const tails = vocab.tails ?? [];
    const opener =
      whole && anyOf(tails).test(p.plain) ? tails.find((b) => b.pattern.test(p.plain)) : undefined;
    if (opener) {
      p.kind ??= opener.kind;
      tail = opener.kind;
    } else if (tail && p.plain.length <= (vocab.tailMaxLength ?? 120)) p.kind ??= tail;
    else tail = undefined;
  }
  markMenus(paras, vocab.navRun ?? 4, vocab.navMaxWidth ?? 12);
  markLinkTail(paras);
  const open = paras.filter((p) => !p.kind && p.md !== '');
  const repeats = findRepeats(
    open.map((p) => p.key ?? repeatKey(p.plain, vocab.siteSuffix)),
    vocab.repeatMinLength ?? 20,
  );
  open.forEach((p, i) => {
    if (repeats.has(i)) p.kind = 'repeated';
  });
  const kept = paras.filter((p) => !p.kind && p.md !== '').map((p) => p.md);
  const removed = paras.flatMap((p) => (p.kind ? [...p.cut, { kind: p.kind, text: p.plain }] : p.cut));
  return { kept, removed };
}
