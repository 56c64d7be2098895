import { asciiWidth, withoutUrls } from './text.ts';
import type { SitesVocab } from './vocab.ts';

/** A date read from text: the ISO day when it exists, or why it was refused. */
export interface StatedDate {
  raw: string;
  index: number;
  /** `YYYY-MM-DD`, or null when the text names a day that does not exist. */
  iso: string | null;
  problem?: string;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
// Each pattern states a year. The numeric day may be glued to a time (`2024/05/1705:17:32`).
const PATTERNS: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    re: /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=\D|$|\d{1,2}:\d{2})/g,
    ymd: (m) => [+m[1]!, +m[3]!, +m[4]!],
  },
  { re: /(?<!\d)(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号]/g, ymd: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  {
    // The month may be glued to a word before it (`Associated PressApril 28, 2023`), the year to
    // a time after it (`April 25, 20232:26 PM`).
    re: new RegExp(
      `(?:\\b|(?<=[a-z]))(${MONTH})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?!\\d(?!\\d?:\\d{2}))`,
      'gi',
    ),
    ymd: (m) => [+m[3]!, month(m[1]!), +m[2]!],
  },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH})\\.?,?\\s(\\d{4})(?!\\d)`, 'gi'),
    ymd: (m) => [+m[3]!, month(m[2]!), +m[1]!],
  },
  // Day and month in either order (`13/05/2014`, `08-09-2020`): read by `dayMonth`.
  {
    re: /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/.-])/g,
    ymd: (m) => [+m[4]!, +m[1]!, +m[3]!],
  },
];
const DAY_MONTH = PATTERNS.length - 1;

/**
 * `a-b-YYYY` as a day: unambiguous when one of `a`, `b` cannot be a month, or when both readings
 * are the same day; otherwise only the reading that one of the `hints` (days stated elsewhere,
 * such as in the block's name) confirms. `[0, 0, 0]` when nothing decides.
 */
function dayMonth(y: number, a: number, b: number, hints: ReadonlySet<string>): [number, number, number] {
  if (a > 12 || a === b) return [y, b, a];
  if (b > 12) return [y, a, b];
  const dmy = isoDay(y, b, a);
  const mdy = isoDay(y, a, b);
  if (dmy && hints.has(dmy)) return [y, b, a];
  if (mdy && hints.has(mdy)) return [y, a, b];
  return [0, 0, 0];
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** `YYYY-MM-DD` for a real calendar day, else null (Feb 30, month 13, year 0 never roll over). */
export function isoDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (d > days[m - 1]!) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Every full date (day, month and year) the text states outside URLs, in text order. `hints` are
 * ISO days known from elsewhere that may settle a `05-06-2014` whose day and month could swap.
 */
export function statedDates(text: string, hints: ReadonlySet<string> = NO_HINTS): StatedDate[] {
  const s = withoutUrls(asciiWidth(text)).slice(0, 5000);
  const out: StatedDate[] = [];
  for (const [k, { re, ymd }] of PATTERNS.entries()) {
    for (const m of s.matchAll(re)) {
      const read = ymd(m as RegExpExecArray);
      const [y, mo, d] = k === DAY_MONTH ? dayMonth(read[0], read[1], read[2], hints) : read;
      if (y === 0) continue;
      const iso = isoDay(y, mo, d);
      const found: StatedDate = { raw: m[0], index: m.index, iso };
      if (!iso) found.problem = `"${m[0]}" is not a real day`;
      if (!out.some((o) => m.index < o.index + o.raw.length && o.index < m.index + m[0].length))
        out.push(found);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const NO_HINTS: ReadonlySet<string> = new Set();

/** ISO days a block name states as `YYYY-MM-DD` or `YYYY_MM_DD` (`en-2020-09-08-slug.md`). */
export function nameDays(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.matchAll(/(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)/g)) {
    const iso = isoDay(+m[1]!, +m[2]!, +m[3]!);
    if (iso) out.add(iso);
  }
  return out;
}

/**
 * The date a front-matter value states (`2022-04-29 15:52:33 +0800` → its own calendar day);
 * `hints` settle a day and month that could swap (see `statedDates`).
 */
export function frontMatterDate(value: unknown, hints: ReadonlySet<string> = NO_HINTS): StatedDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { raw: value.toISOString(), index: 0, iso: value.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return null;
  return statedDates(value.slice(0, 200), hints)[0] ?? null;
}

const TIME =
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\b\d{1,2}时\d{1,2}分|[+-]\d{2}:?\d{2}\b|\b(?:GMT|UTC|CST|BST|EST|EDT|PST|PDT|ET)\b/gi;
// Decorations a page prints beside its date: reading time, a relative update time.
const DECORATION =
  /\b\d{1,3}\s?min(?:ute)?s?\s?read\b|\b(?:last\s)?updated\s\d{1,3}\s(?:sec|min|hour|day)[a-z]*\sago\b/gi;
const WEEKDAY = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\b\.?|(?:星期|周|礼拜)[一二三四五六日天]/gi;
// What a dateline may carry besides the date: labelled fields such as `来源: 每日经济新闻`.
const FIELD = /(?:^|\s)[^\s:：]{1,8}[:：]\s?\S{1,30}/gu;

/**
 * The date of a dateline paragraph: a short line that is mostly a date (`2018年12月28日 19:55`,
 * `2024/05/1705:17:32 technology 1770`). A sentence that mentions a date is not a dateline.
 */
export function datelineDate(plain: string, vocab: SitesVocab): StatedDate | null {
  const text = asciiWidth(plain);
  // A line that is only a compact timestamp (`20220428`, `20220428223328`) is a dateline.
  const compact = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{6})?\s*$/.exec(text);
  if (compact) {
    const iso = isoDay(+compact[1]!, +compact[2]!, +compact[3]!);
    return iso ? { raw: compact[0].trim(), index: 0, iso } : null;
  }
  if (
    text.length > 120 ||
    vocab.caption.test(text) ||
    vocab.copyright.test(text) ||
    vocab.update.test(text)
  ) {
    return null;
  }
  const dates = statedDates(text);
  const first = dates[0];
  if (!first) return null;
  let rest = withoutUrls(text);
  for (const d of dates) rest = rest.replace(d.raw, ' ');
  rest = rest.replace(DECORATION, ' ').replace(TIME, ' ').replace(WEEKDAY, ' ').replace(FIELD, ' ');
  if (/[。!?！？]|\.\s+\S/u.test(rest)) return null;
  rest = rest.replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
  const words = rest ? rest.split(' ').length : 0;
  if (rest.length > 24 || words > 4) return null;
  return first;
}

/**
 * The date of a line labelled as an update (`Updated: January 16, 2020`, `更新时间：…`): the
 * weakest stated date, used only when the text states no other.
 */
export function updateDate(plain: string, vocab: SitesVocab): StatedDate | null {
  const text = asciiWidth(plain);
  if (text.length > 120 || !vocab.update.test(text)) return null;
  return statedDates(text)[0] ?? null;
}

/**
 * The date in a dateline glued to the first sentence: `新华社北京2015年3月3日电 …`,
 * `BEIJING, March 3, 2015 (Reuters) - …`. The date must sit just before `电`/`讯`, or before the dash.
 */
export function datelinePrefixDate(plain: string): StatedDate | null {
  const text = asciiWidth(plain).slice(0, 120);
  const zh = /^[^，。,.!?！？]{0,30}?\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号]\s?(?:电|讯)/u.exec(text);
  // An English dateline opens with a place in capitals: `BEIJING, March 3, 2015 (Reuters) - `.
  const en = /^\p{Lu}{2,}\b[\p{L}\s,.'’\d()]{0,60}?\s[-—–]{1,2}\s/u.exec(text);
  const prefix = zh?.[0] ?? en?.[0];
  if (!prefix) return null;
  return statedDates(prefix)[0] ?? null;
}
