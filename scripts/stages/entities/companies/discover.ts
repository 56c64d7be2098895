import { hitsWithin, overlaps, type Hit } from './matcher.ts';
import { nameCore } from '../segment.ts';
import { romanise } from './romanise.ts';
import { englishBeside } from './tagged.ts';
import type { CompanyRules } from './rules.ts';

/** A company the vocabulary lacks, found through a company word or an introducing phrase. */
export interface Discovered {
  /** Canonical English name derived from the text. */
  name: string;
  /** The Chinese name as written, for Chinese finds. */
  zh?: string;
  /** Texts to count as mentions, longest first. */
  forms: string[];
  /** Why it looks like a company: the text that matched. */
  evidence: string;
  /** The find carries a strong company word (Group, Bank, 集团, 商行). */
  strong: boolean;
  /** The find carries a legal form (Co., Ltd., 有限公司) or is introduced as a company ("a firm called X"). */
  legal: boolean;
  /** Found through a facility ("X R&D Center"): the company opens or runs something. */
  facility: boolean;
}

const HAN = /\p{Script=Han}/u;
function cutAtHits(text: string, start: number, end: number, hits: Hit[]): number {
  let s = start;
  for (const h of hitsWithin(hits, start, end)) if (h.end <= end) s = Math.max(s, h.end);
  return s === start ? s : s + (text.slice(s, end).length - text.slice(s, end).trimStart().length);
}

function englishName(run: string, rules: CompanyRules): string[] {
  const words = run.split(/\s+/).filter(Boolean);
  const drop = (w: string): boolean => rules.enStop.has(w) || /['’]s$/.test(w) || /^(and|of|&)$/.test(w);
  while (words[0] !== undefined && drop(words[0])) words.shift();
  return words;
}

/** English finds: "X Group", "X Co., Ltd.", "a firm called X", "X R&D Center". */
export function discoverEnglish(text: string, hits: Hit[], rules: CompanyRules, whole: string): Discovered[] {
  const out: Discovered[] = [];
  for (const m of text.matchAll(rules.enDiscover)) {
    const [whole0, run = '', suffix = '', tail = ''] = m;
    const start = m.index;
    const end = start + whole0.length;
    const runEnd = start + run.length;
    const from = cutAtHits(text, start, runEnd, hits);
    if (overlaps(hits, from, end)) continue;
    const words = englishName(text.slice(from, runEnd), rules);
    // "American Airlines", "British Airways": a national word before a strong company word is the name.
    const lone = /(?:^|\s)([A-Z][a-z]{3,})$/.exec(text.slice(from, runEnd))?.[1];
    const strongWord = !rules.enWeak.has(suffix) && !rules.enLegal.has(suffix);
    if (!words.length && lone && strongWord && rules.enNational.has(lone)) words.push(lone);
    if (!words.length) continue;
    // "Tesla India Motors and Energy Private Ltd" is one name: its second half is no company.
    if (from === start && rules.enJoinedBefore.test(text.slice(Math.max(0, start - 30), start))) continue;
    const legal = rules.enLegal.has(suffix) || tail.trim() !== '';
    const full = rules.enLegal.has(suffix) ? words.join(' ') : `${words.join(' ')} ${suffix}`;
    const forms = [full];
    if (!rules.enLegal.has(suffix) && words.length >= 2) forms.push(words.join(' '));
    if (rules.enLegal.has(suffix)) forms.unshift(`${words.join(' ')} ${suffix}`);
    const strong = legal || !rules.enWeak.has(suffix);
    out.push({ name: full, forms, evidence: whole0.trim(), strong, legal, facility: false });
  }
  for (const m of text.matchAll(rules.enIntro)) {
    const [cue, named = ''] = m;
    const at = m.index + cue.length - named.length;
    if (overlaps(hits, at, at + named.length)) continue;
    const words = englishName(named, rules);
    if (!words.length) continue;
    const name = words.join(' ');
    out.push({ name, forms: [name], evidence: cue, strong: true, legal: true, facility: false });
  }
  for (const m of text.matchAll(rules.enFacilityName)) {
    const name = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/[A-Z][A-Za-z0-9]*\s*$/.test(before) || overlaps(hits, m.index - 2, m.index + name.length)) continue;
    // A word also used as a place ("in X") is a city, not a company: "X R&D Center" is its centre.
    if (rules.enStop.has(name) || new RegExp(`\\b(?:in|at|to|from|of|near)\\s+${name}\\b`).test(whole))
      continue;
    const evidence = text.slice(m.index, m.index + 40);
    out.push({ name, forms: [name], evidence, strong: false, legal: false, facility: true });
  }
  return out;
}

function stripGeneric(s: string, rules: CompanyRules): string {
  let rest = s;
  for (let changed = true; changed && rest;) {
    changed = false;
    const g = rules.zhGeneric.find((w) => rest.startsWith(w));
    if (g) {
      rest = rest.slice(g.length);
      changed = true;
    }
  }
  return rest;
}

/** Chinese finds: a name before 集团 / 公司 / 有限公司 / 商行 …, cut at particles and known names. */
export function discoverChinese(text: string, hits: Hit[], rules: CompanyRules): Discovered[] {
  const out: Discovered[] = [];
  for (const m of text.matchAll(rules.zhSuffix)) {
    let s = m.index;
    for (
      let w = rules.zhIndustry.find((x) => text.endsWith(x, s));
      w;
      w = rules.zhIndustry.find((x) => text.endsWith(x, s))
    )
      s -= w.length;
    const chain = text.slice(s, m.index + m[0].length);
    const prev = (k: number): string => text.charAt(k - 1);
    if (overlaps(hits, s - 1, s + chain.length)) continue;
    let j = s;
    while (j > 0 && s - j < 8 && HAN.test(prev(j)) && !rules.zhStops.has(prev(j))) j--;
    for (const h of hitsWithin(hits, j, s)) j = Math.max(j, h.end);
    const core = stripGeneric(nameCore(text.slice(j, s)), rules);
    // 设计研究院有限公司 is an institute, whatever its legal form (ANNOTATION.md).
    if (core.length < 2 || rules.raw.zh_institution_endings.some((w) => core.endsWith(w))) continue;
    const legal = [...rules.zhLegal].some((l) => chain.endsWith(l));
    const weak = rules.zhWeak.has(chain);
    const romanised = romanise(core, chain, rules);
    if (!romanised) continue;
    // 福彩发展有限公司 (Fortune Choice Development Limited): the English name the text gives wins.
    const english = englishBeside(text, s - core.length, s + chain.length);
    const short = [...rules.zhLegal].reduce(
      (acc, l) => (acc.endsWith(l) ? acc.slice(0, -l.length) : acc),
      chain,
    );
    const forms = [...new Set([core + chain, core + short])].filter((f) => f.length > core.length);
    if (english) forms.push(english);
    out.push({
      name: english ?? romanised,
      zh: core + short,
      forms,
      evidence: core + chain,
      strong: legal || !weak,
      legal,
      facility: false,
    });
  }
  return out;
}
