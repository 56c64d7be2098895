import { cleanSource, splitNames } from './names.ts';
import { asciiWidth, URL_TOKEN } from './text.ts';
import { alternation, type SitesVocab } from './vocab.ts';

/** What a credit line states. `creditOnly`: nothing but labelled credits (safe to drop from the body). */
export interface Credits {
  authors: string[];
  editors: string[];
  sources: string[];
  urls: string[];
  creditOnly: boolean;
}

type Kind = 'author' | 'editor' | 'source' | 'url';
const KINDS: Kind[] = ['url', 'source', 'editor', 'author'];
const compiled = new WeakMap<SitesVocab, { label: RegExp; kinds: [Kind, RegExp][] }>();

// A label starts the text or follows a space, bracket or list separator.
function matchers(vocab: SitesVocab) {
  let m = compiled.get(vocab);
  if (!m) {
    // One alternation, longest label first, so `原文来自` (source) wins over `原文` (link).
    const all = alternation(KINDS.flatMap((k) => vocab.labels[k]));
    m = {
      label: new RegExp(
        `(?<=^|[\\s(\\[（【「;；|,，])(${all})(\\s*[:：/]\\s*|\\s+|(?=[\\p{Script=Han}「『《“]))`,
        'giu',
      ),
      kinds: KINDS.map((k) => [k, new RegExp(`^(?:${alternation(vocab.labels[k])})$`, 'iu')]),
    };
    compiled.set(vocab, m);
  }
  return m;
}

const STOP = /[;；|()（）[\]【】,，。!?！？:：]/u;

/** Read labelled credits (`责任编辑：霍琦`, `(Reporting by X; Editing by Y)`, `Source: …`) from a short line. */
export function readCredits(plain: string, vocab: SitesVocab): Credits {
  const text = asciiWidth(plain).slice(0, 300);
  const out: Credits = { authors: [], editors: [], sources: [], urls: [], creditOnly: false };
  const { label, kinds } = matchers(vocab);
  if (vocab.caption.test(text)) return out;
  const hits = [...text.matchAll(label)].filter((h) => {
    // One-character labels (`文`) need an explicit separator: `文/张三`, never `文化部`.
    if ([...h[1]!].length === 1 && !/[:：/]/.test(h[2]!)) return false;
    // `记者获悉，…`: a label run into a clause is a sentence, not a credit.
    return h[2] !== '' || !/^\p{Script=Han}{1,4}[，,。]/u.test(text.slice(h.index + h[0].length));
  });
  let residue = text;
  hits.forEach((h, i) => {
    const start = h.index + h[0].length;
    const limit = i + 1 < hits.length ? hits[i + 1]!.index : text.length;
    let value = text.slice(start, limit);
    const stop = STOP.exec(value);
    if (stop) value = value.slice(0, stop.index);
    const kind = kinds.find(([, re]) => re.test(h[1]!.replace(/\s+/g, ' ')))?.[0];
    const explicit = /[:：/]/.test(h[2]!);
    const used = kind ? readValue(kind, value, text.slice(start, limit), explicit, vocab, out) : 0;
    if (used > 0)
      residue = residue.slice(0, h.index) + ' '.repeat(h[0].length + used) + residue.slice(start + used);
  });
  const found = out.authors.length + out.editors.length + out.sources.length + out.urls.length > 0;
  out.creditOnly = found && residue.replace(/[\s\p{P}\p{S}]+/gu, '') === '';
  return out;
}

/** Store one labelled value; return how many characters of the text it used (0 when refused). */
function readValue(
  kind: Kind,
  value: string,
  region: string,
  explicit: boolean,
  vocab: SitesVocab,
  out: Credits,
): number {
  const url = new RegExp(`^\\s*(?:${URL_TOKEN.source})`, 'i').exec(region);
  if ((kind === 'url' || kind === 'source') && url) {
    out.urls.push(url[0].trim());
    return url[0].length;
  }
  if (kind === 'url') return 0;
  if (kind === 'source') {
    const s = cleanSource(value, vocab);
    if (!s) return 0;
    out.sources.push(s);
    return value.length;
  }
  // Names run until a token that opens another credit (`实习生/朱子煜`).
  const tokens = value.split(/(?<=\s)/);
  const cut = tokens.findIndex((t) => /[:：/]/.test(t));
  const names = cut === -1 ? value : tokens.slice(0, cut).join('');
  // A name typed in lower case is read only after an explicit `label:` or `label/`.
  const found = splitNames(names, vocab, explicit);
  if (found.length === 0) return 0;
  (kind === 'author' ? out.authors : out.editors).push(...found);
  return names.length;
}

/** What the opening of a news paragraph says about its source and author. */
export interface LeadCredits {
  authors: string[];
  source: string | null;
}

const ZH_DATELINE =
  /^([^，。,.!?！？\s（(【[]{2,24}?)(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?(?:快讯|讯|电)(?=[\s（(【“"])/u;
const ZH_REPORTS = /^([^，。,.!?！？\s]{2,12}?)记者\s?(\p{Script=Han}{2,4}?)\s?报道/u;
// A publication named right before a bracketed byline: `Changjiang Net News (Reporter …)`.
const EN_NEWS =
  /^(\p{Lu}[\p{L}.&' -]{1,40}?)\s?[(（](?=[Rr]eporter|[Cc]orrespondent|[Bb]y\s|[Tt]ext|[Ww]ord)/u;
const BRACKET = /[(（【[]([^()（）【】[\]]{2,60})[)）】\]]/u;

/**
 * Source and reporter from a dateline opening a paragraph: `长江网10月4日讯（记者陈智 整合）`,
 * `Changjiang Net News (Reporter Zhang Jun)`, `MUMBAI (Reuters) -`, `环球网记者李亮报道`.
 */
export function leadCredits(plain: string, vocab: SitesVocab): LeadCredits {
  const text = asciiWidth(plain).slice(0, 120);
  const out: LeadCredits = { authors: [], source: null };
  const reports = ZH_REPORTS.exec(text);
  if (reports) {
    out.source = cleanSource(reports[1]!, vocab);
    out.authors = splitNames(reports[2]!, vocab);
    return out;
  }
  const prefix = ZH_DATELINE.exec(text)?.[1] ?? EN_NEWS.exec(text)?.[1];
  if (prefix) out.source = cleanSource(prefix, vocab);
  const bracket = BRACKET.exec(text);
  if (bracket && bracket.index <= 40) {
    const inner = readCredits(bracket[1]!, vocab);
    out.authors = inner.authors;
    // `MUMBAI (Reuters) -`: a known publication in brackets right after an upper-case place.
    if (
      !out.source &&
      inner.authors.length === 0 &&
      /^\p{Lu}[\p{Lu}\s,.'-]*$/u.test(text.slice(0, bracket.index).trim())
    ) {
      out.source = cleanSource(bracket[1]!, vocab, { knownOnly: true });
    }
  }
  return out;
}

/**
 * A byline glued to the first sentence (`Reporter Xia Houfengchao Recently, there…`): the name
 * and the text after it. Names are the capitalised words after the label, up to the first word
 * that starts a sentence; `known` names found elsewhere win.
 */
export function gluedByline(
  plain: string,
  vocab: SitesVocab,
  known: string[] = [],
): { author: string; rest: string } | null {
  const m = vocab.gluedLabel.exec(plain);
  if (!m) return null;
  const after = plain.slice(m[0].length);
  const knownHit = known.find((n) => after.toLowerCase().startsWith(`${n.toLowerCase()} `));
  if (knownHit) return { author: knownHit, rest: after.slice(knownHit.length).trim() };
  const tokens = after.split(' ');
  const name: string[] = [];
  for (const t of tokens.slice(0, 3)) {
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(t) || vocab.notNames.has(t.toLowerCase())) break;
    name.push(t);
  }
  const rest = tokens.slice(name.length).join(' ');
  if (name.length < 2 || !/^["“\p{L}]/u.test(rest)) return null;
  return { author: name.join(' '), rest };
}
