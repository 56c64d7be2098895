/** Relation cues in a sentence, and how they bind to its cities and companies. */
import type { RelationVocab } from '../../vocab/relations.ts';
import type { Mention } from './mentions.ts';

/** A cue word found in a sentence. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  script: 'en' | 'zh';
  /** Describes the company named right after it ("Shenzhen-based Huawei"). */
  attributive: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Any Han character. */
export const HAN = /\p{Script=Han}/u;

const words = (s: string) => s.match(WORD)?.length ?? 0;

/** Cues in a sentence, English and Chinese, minus those a negation shortly before cancels. */
export function cuesIn(s: string, v: RelationVocab): Cue[] {
  const out: Cue[] = [];
  for (const [re, neg, script, attributive] of [
    [v.enCue, v.enNegation, 'en', false],
    [v.enAttributive, v.enNegation, 'en', true],
    [v.zhCue, v.zhNegation, 'zh', false],
  ] as const) {
    if (script === 'zh' && !HAN.test(s)) continue;
    for (const m of s.matchAll(re)) {
      // A negation holds within its own clause: "Lenovo, which closed a plant, opened an office".
      const before =
        s
          .slice(0, m.index)
          .split(/[,;:，；：、]/)
          .pop() ?? '';
      const scope =
        script === 'en'
          ? before
              .split(/\s+/)
              .slice(-v.negationWindow.en - 1)
              .join(' ')
          : before.slice(-v.negationWindow.zh);
      neg.lastIndex = 0;
      if (neg.test(scope)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], script, attributive });
    }
  }
  return out;
}

/** Is the city mention close enough to the cue (words in English, characters in Chinese)? */
export function near(s: string, cue: Cue, city: Mention, v: RelationVocab): boolean {
  if (city.start < cue.end && city.end > cue.start) return false;
  const apart = gap(s, cue, city, cue.script);
  if (cue.script === 'zh' && city.start >= cue.end && v.zhNouns.has(cue.text)) return apart <= v.zhNounAfter;
  return apart <= v.window[cue.script];
}

/** Words (en) or characters (zh) between two spans of a sentence, in either order. */
function gap(
  s: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
  script: 'en' | 'zh',
) {
  const between = a.end <= b.start ? s.slice(a.end, b.start) : s.slice(b.end, a.start);
  return script === 'en' ? words(between) : between.replace(/\s/g, '').length;
}

/**
 * The companies a cue–city pair belongs to: the one an attributive cue describes; the one named
 * right before the city when city and cue form one name ("Tencent Wuhan R&D Center", 华为济南研究所);
 * otherwise every company of the sentence.
 */
export function owners(
  s: string,
  cue: Cue,
  cities: Mention[],
  companies: Mention[],
  v: RelationVocab,
): Mention[] | null {
  if (cue.attributive)
    return companies.filter(
      (c) =>
        c.start >= cue.end &&
        gap(s, cue, c, 'en') <= v.attributiveWindow &&
        !v.attributiveBreak.test(s.slice(cue.end, c.start)),
    );
  for (const city of cities) {
    if (cue.start < city.end || gap(s, city, cue, cue.script) > (cue.script === 'en' ? 2 : 1)) continue;
    const before = companies.filter(
      (c) => c.end <= city.start && /^[\s(（'’s]*$/u.test(s.slice(c.end, city.start)),
    );
    if (before.length > 0) return before;
  }
  return null;
}
