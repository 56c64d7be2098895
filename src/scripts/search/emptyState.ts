// What the page says when nothing matches: which words no article holds, and the nearest real ones.
import type { SearchOutcome } from './engine.ts';
import type { strings } from './i18n.ts';
import { h } from './render.ts';

type Strings = ReturnType<typeof strings>;

/** The empty state's head: no article holds these words (or: nothing matches the query/filters). */
export function emptyHead(result: SearchOutcome, q: string, t: Strings): HTMLElement[] {
  const head = result.unknown.length
    ? [h('p', {}, t.noWord(result.unknown.map((w) => `“${w}”`).join(', ')))]
    : [h('p', {}, t.none(q))];
  if (result.prefixOnly) head.push(h('p', {}, t.prefixOnly));
  return head;
}

/** "Did you mean A, B?" with a link per suggestion, or null when there is none. */
export function didYouMean(
  near: Record<string, string[]>,
  link: (term: string, word: string) => string,
  t: Strings,
  zh: boolean,
): HTMLElement | null {
  const links = Object.entries(near).flatMap(([term, words]) =>
    words.map((word) => h('a', { href: link(term, word) }, word)),
  );
  if (!links.length) return null;
  const line = h('p', { class: 'did-you-mean' }, `${t.didYouMean} `);
  links.forEach((a, i) => line.append(...(i ? [', ', a] : [a])));
  line.append(zh ? '？' : '?');
  return line;
}
