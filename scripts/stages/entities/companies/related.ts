import type { Mention } from './context.ts';
import type { CompanyRules } from './rules.ts';

// A headline: short, no closing full stop, its words capitalised but for the small ones.
const MAX_HEADLINE = 140;

/** Is the paragraph shaped like a headline in title case ("Seagate Will Ship 20TB Drives in 2020", "Samsung SSD 870 QVO")? */
export function isHeadlineLine(text: string, small: Set<string>): boolean {
  const t = text.trim();
  if (t.length < 12 || t.length > MAX_HEADLINE || /[.!?。！？:：]["”’)]?$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !small.has(w));
  if (words.length < 2) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

/**
 * Mentions in a run of two or more headline-shaped paragraphs are a related-stories list, not
 * the story (ANNOTATION.md: nothing in related-news lists). Marks them weak, in place.
 */
export function markRelatedRuns(mentions: Mention[], texts: string[], rules: CompanyRules): void {
  const headline = texts.map((t, i) => i > 0 && isHeadlineLine(t, rules.enTitleSmall));
  const inRun = headline.map((h, i) => h && (headline[i - 1] === true || headline[i + 1] === true));
  for (const m of mentions) if (inRun[m.text]) m.weak ??= 'list';
}
