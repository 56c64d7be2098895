// Building the search page's DOM. Everything from the index goes in as text, never as HTML.
import { joinHan } from './cjk.ts';
import type { FilterCounts, ResultData } from './engine.ts';
import type { strings } from './i18n.ts';
import { facets, type Facet, type SearchState } from './state.ts';

type Strings = ReturnType<typeof strings>;
/** A facet value as the reader sees it (a company's Chinese name in the Chinese interface). */
export type Label = (facet: Facet, value: string) => string;

/** Create an element with attributes and children (strings become text nodes). */
export function h(
  tag: string,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const entities: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** Pagefind's excerpt (text with `<mark>` and &lt;-escapes) as DOM nodes, Chinese re-joined, a phrase marked once. */
export function excerptNodes(excerpt: string): Node[] {
  const parts = joinHan(excerpt).split(/(<mark>[^<]*<\/mark>)/);
  return parts.map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    const text = (marked ? (marked[1] ?? '') : part).replace(
      /&(lt|gt|quot|#39|amp);/g,
      (m) => entities[m] ?? m,
    );
    return marked ? h('mark', {}, text) : document.createTextNode(text);
  });
}

/** One result as a list item: linked title, date · source · language, excerpt. */
export function resultItem(data: ResultData, t: Strings): HTMLElement {
  const language = data.filters?.lang?.[0] ?? data.meta.lang ?? '';
  const lang = language === 'zh' ? 'zh-CN' : 'en';
  const title = h('a', { href: data.url }, joinHan(data.meta.title ?? data.url));
  const source = data.meta.source ? joinHan(data.meta.source) : undefined;
  const bits = [data.meta.date ?? t.undated, source, t.langName[language]].filter((b): b is string =>
    Boolean(b),
  );
  const meta = h('p', { class: 'meta' });
  if (data.meta.date)
    meta.append(
      h('time', { datetime: data.meta.date }, data.meta.date),
      ...bits.slice(1).map((b) => ` · ${b}`),
    );
  else meta.append(bits.join(' · '));
  return h(
    'li',
    { lang },
    h('h2', {}, title),
    meta,
    h('p', { class: 'excerpt' }, ...excerptNodes(data.excerpt)),
  );
}

/** Filter values to show for a facet: counted ones plus chosen ones, most frequent (or newest year) first. */
export function facetValues(facet: Facet, counts: FilterCounts, chosen: string[]): [string, number][] {
  const entries = new Map(Object.entries(counts[facet] ?? {}).filter(([, n]) => n > 0));
  for (const v of chosen) if (!entries.has(v)) entries.set(v, 0);
  return [...entries].sort((a, b) =>
    facet === 'year' ? (a[0] < b[0] ? 1 : -1) : b[1] - a[1] || a[0].localeCompare(b[0]),
  );
}

/** The filter panel: one fieldset of checkboxes with counts per facet that has values. */
export function filterPanel(
  state: SearchState,
  counts: FilterCounts,
  expanded: Set<Facet>,
  t: Strings,
  label: Label,
): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const facet of facets) {
    const values = facetValues(facet, counts, state.filters[facet]);
    if (!values.length) continue;
    const limit = expanded.has(facet) ? values.length : 8;
    const list = h('ul', {});
    for (const [value, n] of values.slice(0, limit)) {
      const box = h('input', { type: 'checkbox', name: facet, value });
      (box as HTMLInputElement).checked = state.filters[facet].includes(value);
      const name = facet === 'lang' ? (t.langName[value] ?? value) : label(facet, value);
      list.append(h('li', {}, h('label', {}, box, ` ${name} `, h('span', { class: 'count' }, `(${n})`))));
    }
    const set = h('fieldset', { class: 'facet' }, h('legend', {}, t.facet[facet]), list);
    if (values.length > limit)
      set.append(
        h('button', { type: 'button', class: 'link', 'data-expand': facet }, t.showAll(values.length)),
      );
    out.push(set);
  }
  return out;
}

/** The chosen filters as removable chips, with a clear-all button. */
export function activeFilters(state: SearchState, t: Strings, label: Label): HTMLElement[] {
  const chips: HTMLElement[] = [];
  for (const facet of facets) {
    for (const value of state.filters[facet]) {
      const name = facet === 'lang' ? (t.langName[value] ?? value) : label(facet, value);
      chips.push(
        h(
          'button',
          {
            type: 'button',
            class: 'chip',
            'data-facet': facet,
            'data-value': value,
            'aria-label': t.remove(`${t.facet[facet]}: ${name}`),
          },
          `${t.facet[facet]}: ${name}`,
          h('span', { 'aria-hidden': 'true' }, ' ×'),
        ),
      );
    }
  }
  if (chips.length) chips.push(h('button', { type: 'button', class: 'clear', 'data-clear': '' }, t.clear));
  return chips;
}

/**
 * Replace a container's children without losing the reader's place: the control that had focus
 * (a checkbox, or a "Show all" button, whose list then gives focus to its first value) gets it back.
 */
export function replaceKeepingFocus(box: HTMLElement, nodes: HTMLElement[]): void {
  const focused = document.activeElement;
  const inside = focused instanceof HTMLElement && box.contains(focused);
  const key =
    focused instanceof HTMLInputElement
      ? `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`
      : focused instanceof HTMLButtonElement && focused.dataset.expand
        ? `input[name="${CSS.escape(focused.dataset.expand)}"]`
        : null;
  box.replaceChildren(...nodes);
  if (inside && key) box.querySelector<HTMLElement>(key)?.focus();
}
