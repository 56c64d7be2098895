import type { Span } from '../lac/orgSpans.ts';
import { nameCore } from '../segment.ts';
import type { Discovered } from './discover.ts';
import { overlaps, type Hit } from './matcher.ts';
import { romanise } from './romanise.ts';
import type { CompanyRules } from './rules.ts';

const HAN = /\p{Script=Han}/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9&.' -]*$/;
const EDGE =
  /^[\s"“”‘’'「」『』《》〈〉()（）【】[\]·•,，.。:：-]+|[\s"“”‘’'「」『』《》〈〉()（）【】[\]·•,，.。:：-]+$/gu;
// The name's English form written beside it: 星河科技（Xinghe Tech）, Xinghe Tech（星河科技）.
const ENGLISH_AFTER = /^\s*[（(]\s*([A-Z][A-Za-z0-9&.'-]*(?:\s[A-Z][A-Za-z0-9&.'-]*){0,3})\s*[)）]/;
const ENGLISH_BEFORE = /([A-Z][A-Za-z0-9&.'-]*(?:\s[A-Z][A-Za-z0-9&.'-]*){0,3})\s*[（(]\s*$/;
const LEGAL_EN = /(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|Plc|PLC|Group|Holdings))\.?$/;

/** The company-word chain a name ends with (有限公司, 乳业集团), and the name before it. */
function splitChain(s: string, rules: CompanyRules): { core: string; chain: string } {
  let core = s;
  let chain = '';
  for (let moved = true; moved;) {
    moved = false;
    for (const w of [...rules.zhSuffixWords].sort((a, b) => b.length - a.length)) {
      if (core.length > w.length + 1 && core.endsWith(w)) {
        core = core.slice(0, -w.length);
        chain = w + chain;
        moved = true;
        break;
      }
    }
  }
  return { core, chain };
}

/** The English name written right beside [start, end): 星河科技（Xinghe Tech）, Xinghe Tech（星河科技）; legal form dropped. */
export function englishBeside(text: string, start: number, end: number): string | undefined {
  const m =
    ENGLISH_AFTER.exec(text.slice(end, end + 50)) ??
    ENGLISH_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  return m?.[1]?.replace(LEGAL_EN, '').trim() || undefined;
}

/** One tagged name, as LAC cut it, turned into a find; null when it is no company's name. */
function find(text: string, start: number, end: number, rules: CompanyRules): Discovered | null {
  const raw = text.slice(start, end);
  const name = raw.replace(EDGE, '');
  if (name.length < 2) return null;
  const at = start + raw.indexOf(name);
  if (LATIN_NAME.test(name)) {
    // A Latin name must start and end at a word boundary: LAC tags characters, not words.
    if (/[A-Za-z0-9]/.test(text.charAt(at - 1) + text.charAt(at + name.length))) return null;
    const english = name.replace(LEGAL_EN, '').trim();
    if (english.length < 2 || rules.enStop.has(english)) return null;
    return { name: english, forms: [english], evidence: raw, strong: false, legal: false, facility: false };
  }
  if (!HAN.test(name) || rules.zhNotCompany.test(name)) return null;
  const { core: whole, chain } = splitChain(name, rules);
  // 主动联络航空公司: the words before the name (verbs, numbers, particles) are not part of it.
  const core = HAN.test(whole) ? nameCore(whole) : whole;
  if (core.length < 2) return null;
  const english = englishBeside(text, at, at + name.length);
  const romanised = english ?? romanise(core, chain, rules);
  if (!romanised) return null;
  const legal = [...rules.zhLegal].some((l) => chain.endsWith(l));
  const short = [...rules.zhLegal].reduce(
    (acc, l) => (acc.endsWith(l) ? acc.slice(0, -l.length) : acc),
    chain,
  );
  const forms = [...new Set([core + chain, core + short, ...(short ? [] : [core])])];
  return {
    name: romanised,
    zh: core + short,
    forms: forms.sort((a, b) => b.length - a.length),
    evidence: raw,
    strong: legal || (chain !== '' && !rules.zhWeak.has(chain)),
    legal,
    facility: false,
  };
}

/**
 * Companies among the organisation names a tagger found in `text` (LAC's ORG spans): names the
 * vocabulary already knows are left to it, lists (高通、联发科) are split, and ministries,
 * schools, hospitals, indices (zh_org_endings) and ordinary phrases are dropped. The English name
 * is the one written beside it, else the pinyin of the brand part with its industry translated.
 */
export function discoverTagged(text: string, spans: Span[], hits: Hit[], rules: CompanyRules): Discovered[] {
  const out: Discovered[] = [];
  for (const span of spans) {
    if (overlaps(hits, span.start, span.end)) continue;
    let from = span.start;
    for (const piece of text.slice(span.start, span.end).split(/(?=、)|(?<=、)/)) {
      const to = from + piece.length;
      if (piece !== '、') {
        const f = find(text, from, to, rules);
        if (f) out.push(f);
      }
      from = to;
    }
  }
  return out;
}
