import type { Mention } from './context.ts';

/** What the mentions of one company add up to in one article. */
export interface Evidence {
  key: string;
  inTitle: boolean;
  /** Body mentions that are neither weak nor in the title. */
  strong: number;
  weak: number;
  acts: number;
  facility: boolean;
  inLead: boolean;
  /** Named as a party to a deal, suit or partnership. */
  party: boolean;
  discovered: boolean;
  /** For discovered names: carries a legal form or strong company word. */
  suffix: boolean;
}

const LIST_GAP = /^\s*(?:[,，、/]\s*)?(?:and|or|&|和|及|以及|或)?\s*$/i;
const LIST_TAIL = /^\s*(?:等|and other|and others|among others|and more)/;

/**
 * Mentions of several companies strung together ("A, B and C", "A、B、C等") are examples unless
 * each names something the company runs. Marks such mentions weak, in place.
 */
export function markLists(mentions: Mention[], texts: string[]): void {
  const byText = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byText.get(m.text);
    if (list) list.push(m);
    else byText.set(m.text, [m]);
  }
  for (const [t, list] of byText) {
    list.sort((a, b) => a.start - b.start);
    const text = texts[t] ?? '';
    let group: Mention[] = [];
    const close = () => {
      const last = group[group.length - 1];
      if (!last) return;
      const tail = LIST_TAIL.test(text.slice(last.end, last.end + 12));
      const cue = group[0]?.weak === 'example';
      if (group.length >= 2 && (tail || cue)) {
        for (const m of group) if (!m.facility) m.weak ??= 'list';
      } else if (group.length >= 2 && last.acts) {
        // "A、B、C均已发布…": the act after the last name is every member's.
        for (const m of group) m.acts = true;
      }
      group = [];
    };
    for (const m of list) {
      const prev = group[group.length - 1];
      if (!prev || !LIST_GAP.test(text.slice(prev.end, m.start))) close();
      group.push(m);
    }
    close();
  }
}

/** Sum the mentions per company. Paragraphs 1…`lead` are the article's lead. */
export function collect(mentions: Mention[], lead: number): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  for (const m of mentions) {
    const e = out.get(m.key) ?? {
      key: m.key,
      inTitle: false,
      strong: 0,
      weak: 0,
      acts: 0,
      facility: false,
      inLead: false,
      party: false,
      discovered: m.discovered,
      suffix: false,
    };
    if (m.weak) e.weak++;
    else if (m.text === 0) e.inTitle = true;
    else e.strong++;
    if (!m.weak && m.text > 0 && m.text <= lead) e.inLead = true;
    if (!m.weak && m.party) e.party = true;
    if (!m.weak && m.acts) e.acts++;
    if (m.facility) e.facility = true;
    out.set(m.key, e);
  }
  return out;
}

/**
 * ANNOTATION.md: a company is listed when the article is about it or it acts in the story. The
 * title, repetition and action words count; examples, job titles and sources do not. When the
 * title names a company the story is about that one, and others must act in it to be listed.
 */
export function salient(e: Evidence, titleHasCompany: boolean, zh = false): boolean {
  // A name the vocabulary lacks needs a legal form and a role, a part in a deal, or repetition.
  if (e.discovered && e.suffix && e.acts >= 1) return true;
  if (e.discovered && !e.facility && !e.party && e.strong + (e.inTitle ? 1 : 0) < 2) return false;
  if (e.inTitle) return e.strong + e.weak === 0 || e.strong >= 2 || e.acts >= 1;
  if (e.facility && e.strong + e.weak >= 1) return true;
  // Chinese reports name a story's other parties again and early without a verb beside each name.
  if (titleHasCompany)
    return (e.acts >= 1 && (e.strong >= 2 || e.inLead || e.party)) || (zh && e.strong >= 2 && e.inLead);
  if (e.strong >= 2) return true;
  if (e.strong >= 1 && e.weak >= 1) return true;
  return e.inLead && e.acts >= 1;
}
