import { asciiWidth, URL_TOKEN } from './text.ts';
import type { SitesVocab } from './vocab.ts';

const HAN_NAME = /^[\p{Script=Han}·•]{2,12}$/u;
const LATIN_TOKEN = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const LOWER_TOKEN = /^\p{Ll}[\p{Ll}\p{M}'’.-]*$/u;

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * One person's name as a credit states it, or null: Chinese names of 2–4 characters (longer with
 * `·`), Latin names of 1–4 capitalised words; a name typed all in lower case (`jing-jing fan`) is
 * capitalised. Role words (`整合`, `报道`), staff codes (`_NBJ11331`) and e-mail addresses go.
 */
export function cleanName(raw: string, vocab: SitesVocab, allowLower = true): string | null {
  let s = asciiWidth(raw.slice(0, 200))
    .replace(/[^\s@]{1,64}@\S{1,255}/g, ' ')
    .replace(/_[A-Za-z0-9]+$/, '')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .replace(/\s+/g, ' ');
  for (let i = 0; i < 3 && vocab.roleWords.test(s); i++) s = s.replace(vocab.roleWords, '').trim();
  if (!s || vocab.placeholders.has(s.toLowerCase())) return null;
  if (/\p{Script=Han}/u.test(s)) {
    for (const role of ['报道', '整合', '摄'])
      if (s.endsWith(role) && s.length - role.length >= 2) s = s.slice(0, -role.length);
    if (!HAN_NAME.test(s)) return null;
    const han = s.replace(/[·•]/g, '').length;
    return han <= 4 || /[·•]/.test(s) ? s : null;
  }
  const tokens = s.split(' ');
  if (tokens.length > 4 || s.length > 40 || vocab.notNames.has(tokens[0]!.toLowerCase())) return null;
  if (tokens.every((t) => LATIN_TOKEN.test(t))) return s;
  if (!allowLower || !tokens.every((t) => LOWER_TOKEN.test(t))) return null;
  return tokens.length === 1 ? s : tokens.map(capitalise).join(' ');
}

/** Split a credit value into names: `张三、李四`, `霍思伊 杨智杰`, `John Smith and Jane Doe`. */
export function splitNames(value: string, vocab: SitesVocab, allowLower = true): string[] {
  // A Latin word before Han characters is part of one name (`IT 之家`), not a name of its own.
  const v = asciiWidth(value.slice(0, 500))
    .trim()
    .replace(/(?<=[A-Za-z0-9])\s+(?=\p{Script=Han})/gu, '');
  const parts = /\p{Script=Han}/u.test(v)
    ? v.split(/[\s、,，;；/&]+/u)
    : v.split(/\s+(?:and|&)\s+|\s*[,;、]\s*/u);
  const names: string[] = [];
  for (const p of parts) {
    const n = cleanName(p, vocab, allowLower);
    if (n && !names.includes(n)) names.push(n);
  }
  return names;
}

/** Join names the way the article's script does: `霍思伊、杨智杰`, `John Smith, Jane Doe`. */
export function joinNames(names: string[]): string | null {
  if (names.length === 0) return null;
  return names.every((n) => /^\p{Script=Han}/u.test(n)) ? names.join('、') : names.join(', ');
}

const DOMAIN = /^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,12}$/i;

/** Is this a host name such as `cjn.cn`? */
export function isDomain(s: string): boolean {
  return DOMAIN.test(s.trim());
}

/**
 * A publication's name as the text states it, or null: known names (and domains) from the
 * vocabulary, else a short name shaped like one (`南方日报`, `MIT Technology Review`).
 * Generic words (`本报`, `网络`) are no source.
 */
export function cleanSource(
  raw: string,
  vocab: SitesVocab,
  opts: { knownOnly?: boolean } = {},
): string | null {
  const s = asciiWidth(raw.slice(0, 200))
    .replace(/^[\s「『《“"'‘(（【[]+|[\s」』》”"'’)）】\]:：,，.。]+$/gu, '')
    .replace(/\s+/g, ' ');
  if (!s || s.length > 40 || vocab.genericSources.has(s.toLowerCase())) return null;
  if (new RegExp(URL_TOKEN.source, 'i').test(s) || /[。!?！？]|[.,]\s/u.test(s)) return null;
  const names = vocab.sources.get(s.toLowerCase());
  if (names) return isDomain(s) ? names[0]! : s;
  const lower = s.toLowerCase();
  // A Latin alias must end at a word boundary (`AP` is no prefix of `Apple`); Chinese has none.
  const prefix = vocab.sourceAliases.find(
    (a) =>
      lower.startsWith(a) &&
      !isDomain(a) &&
      (/\p{Script=Han}$/u.test(a) || !/^\p{L}/u.test(lower.slice(a.length))),
  );
  if (prefix) return s.slice(0, prefix.length);
  if (opts.knownOnly || isDomain(s)) return null;
  if (/\p{Script=Han}/u.test(s)) return s.length <= 12 && vocab.siteSuffixZh.test(s) ? s : null;
  const words = s.split(' ');
  return words.length <= 6 && words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|de)$/.test(w))
    ? s
    : null;
}
