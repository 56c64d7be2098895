/**
 * Close containers a page left open. The sanitiser drops `<svg>`, `<math>`, `<object>`,
 * `<video>`, `<button>` and their kin with everything inside them; one left unclosed would take
 * all the article text after it. Such a tag is closed at the next paragraph-level tag instead.
 */

const CONTAINERS = 'svg|math|object|video|audio|button|canvas|select|textarea|map|embed|applet|noembed';
const TAG = new RegExp(
  `<(\\/?)(${CONTAINERS}|p|div|h[1-6]|ul|ol|li|table|tr|blockquote|section|article|figure|pre|br)\\b[^<>]{0,2000}>`,
  'gi',
);
const IS_CONTAINER = new RegExp(`^(?:${CONTAINERS})$`, 'i');

/** The markup with every container that is never closed closed at the next paragraph-level tag. */
export function closeContainers(html: string): string {
  if (!new RegExp(`<(?:${CONTAINERS})\\b`, 'i').test(html)) return html;
  const tags = [...html.matchAll(TAG)];
  // Closing tags of each container ahead of the current position, less the opening ones ahead
  // (those close their own): how many of the containers open now something will still close.
  const closesAhead = new Map<string, number>();
  for (const m of tags) {
    const name = m[2]!.toLowerCase();
    if (IS_CONTAINER.test(name)) closesAhead.set(name, (closesAhead.get(name) ?? 0) + (m[1] ? 1 : -1));
  }
  const open: string[] = [];
  let out = '';
  let last = 0;
  for (const m of tags) {
    const name = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (IS_CONTAINER.test(name)) {
      if (closing) {
        closesAhead.set(name, closesAhead.get(name)! - 1);
        const at = open.lastIndexOf(name);
        if (at >= 0) open.splice(at, 1);
      } else {
        closesAhead.set(name, closesAhead.get(name)! + 1);
        open.push(name);
      }
      continue;
    }
    // A paragraph-level tag inside a container that nothing ahead will close: close it here.
    const unclosed = open.filter(
      (n, i) => open.slice(0, i + 1).filter((x) => x === n).length > (closesAhead.get(n) ?? 0),
    );
    if (unclosed.length === 0) continue;
    out +=
      html.slice(last, m.index) +
      unclosed
        .reverse()
        .map((n) => `</${n}>`)
        .join('');
    last = m.index;
    for (const n of unclosed) open.splice(open.lastIndexOf(n), 1);
  }
  return out + html.slice(last);
}
