import type { Removed } from '../lib/types.ts';

/** Boilerplate patterns as loaded from `content/vocab/boilerplate.yml`. */
export interface BoilerplateVocab {
  /** Whole paragraphs that are page furniture, as case-insensitive regular expressions. */
  paragraphs: { kind: string; pattern: RegExp }[];
}

/** Remove page furniture and repeated paragraphs; removed text is returned with its kind. */
export function stripBoilerplate(
  paragraphs: string[],
  vocab: BoilerplateVocab,
): { kept: string[]; removed: Removed[] } {
  const kept: string[] = [];
  const removed: Removed[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    const hit = vocab.paragraphs.find((b) => b.pattern.test(p));
    if (hit) removed.push({ kind: hit.kind, text: p });
    else if (seen.has(p)) removed.push({ kind: 'repeated', text: p });
    else {
      seen.add(p);
      kept.push(p);
    }
  }
  return { kept, removed };
}
