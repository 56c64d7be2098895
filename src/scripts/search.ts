// The search page (/search/): our own interface on Pagefind's JS API, its state kept in the URL.
import {
  filterCountsLoaded,
  loadFilterCounts,
  runSearch,
  searchAll,
  searchUntil,
  type Pagefind,
  type SearchOutcome,
} from './search/engine.ts';
import { basesOf, openShards } from './search/shards.ts';
import { pickUiLang, strings } from './search/i18n.ts';
import { activeFilters, filterPanel, h, resultItem, type Label } from './search/render.ts';
import { suggest } from './search/suggest.ts';
import {
  emptyState,
  hasFilters,
  parseState,
  stateToSearch,
  toggleFilter,
  type Facet,
  type SearchState,
} from './search/state.ts';

const pageSize = 10;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const status = $('search-status');
const list = $('search-results');
const more = $<HTMLButtonElement>('search-more');
const empty = $('search-empty');
const facetsBox = $('search-facets');
const active = $('search-active');
const filtersBox = $<HTMLDetailsElement>('search-filters');
const allYears = $<HTMLButtonElement>('search-all-years');

const hl = new URLSearchParams(location.search).get('hl');
const ui = pickUiLang(hl, navigator.languages ?? [navigator.language]);
const t = strings(ui);
let state: SearchState = parseState(location.search);
let outcome: SearchOutcome | null = null;
let shown = 0;
let cursor = 0;
let shownUrls = new Set<string>();
let generation = 0;
// Set when the reader asks for every period at once (relevance across the whole archive).
let everything = false;
const expanded = new Set<Facet>();
// Chinese names of companies, cities and topics, per facet (the Chinese interface shows them).
const facetNames: Record<string, Record<string, string>> = {};
const label: Label = (facet, value) => facetNames[facet]?.[value] ?? value;

const namesLoaded = new Set<string>();
/** Load the Chinese facet names of the shards searched so far (only in the Chinese interface). */
async function loadFacetNames(all: string[]): Promise<void> {
  const bases = all.filter((b) => !namesLoaded.has(b));
  if (ui !== 'zh' || !bases.length) return;
  for (const b of bases) namesLoaded.add(b);
  const lists = await Promise.all(
    bases.map((b) =>
      fetch(`${b}facet-names.zh.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Record<string, Record<string, string>>>) : {}))
        .catch(() => ({})),
    ),
  );
  for (const list of lists)
    for (const [facet, names] of Object.entries(list)) Object.assign((facetNames[facet] ??= {}), names);
}

/**
 * Redraw the filter panel without losing the reader's place: the control that had focus (a
 * checkbox, or a "Show all" button, whose list then keeps focus on its first new value) gets it back.
 */
function drawPanel(counts: Parameters<typeof filterPanel>[1]): void {
  const focused = document.activeElement;
  const inPanel = focused instanceof HTMLElement && facetsBox.contains(focused);
  const key =
    focused instanceof HTMLInputElement
      ? `input[name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`
      : focused instanceof HTMLButtonElement && focused.dataset.expand
        ? `input[name="${CSS.escape(focused.dataset.expand)}"]`
        : null;
  facetsBox.replaceChildren(...filterPanel(state, counts, expanded, t, label));
  if (inPanel && key) facetsBox.querySelector<HTMLElement>(key)?.focus();
}

function applyUiLanguage(): void {
  document.title = `${t.submit} · News Archive`;
  $('search-page').lang = ui === 'zh' ? 'zh-CN' : 'en';
  $('search-title').textContent = t.submit;
  $('search-label').textContent = t.label;
  input.placeholder = t.placeholder;
  $('search-submit').textContent = t.submit;
  $('search-filters-title').textContent = t.filters;
  $('skip-results').textContent = t.skip;
  $('search-sort-label').textContent = t.sort;
  for (const option of sortSelect.options)
    option.textContent = t.sortName[option.value as SearchState['sort']];
  more.textContent = t.more;
  allYears.textContent = t.allYears;
  const uiSwitch = $<HTMLAnchorElement>('ui-switch');
  uiSwitch.textContent = t.uiSwitch;
  uiSwitch.lang = ui === 'zh' ? 'en' : 'zh-CN';
  // Narrow screens start with the filters folded away.
  if (matchMedia('(max-width: 48rem)').matches) filtersBox.open = false;
}

function updateSwitchLink(): void {
  $<HTMLAnchorElement>('ui-switch').href =
    `/search/${stateToSearch(state, { hl: ui === 'zh' ? 'en' : 'zh' })}`;
}

let pagefindPromise: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable URL keeps the bundler from resolving the file, which only exists after indexing.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ basePath: '/pagefind/', excerptLength: 36 });
    // Only the newest shard at first; older periods are merged as searches need them.
    await openShards(pf, '/pagefind/', { excerptLength: 36 }, false);
    return pf;
  });
  return pagefindPromise;
}

function setUrl(push: boolean): void {
  const url = `${location.pathname}${stateToSearch(state, hl ? { hl } : {})}`;
  if (url === `${location.pathname}${location.search}`) return;
  history[push ? 'pushState' : 'replaceState'](null, '', url);
}

/** The periods a list covers, as the reader reads them ("2021–2024"). */
function periodRange(periods: string[]): string {
  const years = periods.filter((p) => /^\d{4}/.test(p)).map((p) => p.slice(0, 4));
  if (!years.length) return '';
  const lo = years.reduce((a, b) => (a < b ? a : b));
  const hi = years.reduce((a, b) => (a > b ? a : b));
  return lo === hi ? lo : `${lo}–${hi}`;
}

function showStatus(): void {
  if (!outcome) return;
  const pending = outcome.pending > 0;
  const counted = `${t.count(outcome.total)}${pending ? t.soFar(periodRange(outcome.periods)) : ''}`;
  status.textContent = `${counted}${outcome.total > shown ? ` (${t.shown(shown, outcome.total)})` : ''}`;
  more.hidden = shown >= outcome.total && !pending;
  more.textContent = shown >= outcome.total ? t.older : t.more;
  allYears.hidden = !pending;
}

/**
 * List up to a page more. When the shards searched so far are used up, the next older period is
 * merged and searched (the list keeps what it shows and grows at its end).
 */
async function showMore(): Promise<void> {
  if (!outcome) return;
  const mine = generation;
  if (cursor >= outcome.total && outcome.pending > 0) {
    const next = await searchUntil(await loadPagefind(), state, shownUrls.size + pageSize);
    await loadFacetNames(basesOf(await loadPagefind()));
    if (mine !== generation || !next) return;
    outcome = next;
    cursor = 0;
  }
  let added = 0;
  while (added < pageSize && cursor < outcome.total) {
    const batch = await outcome.load(cursor, pageSize - added);
    if (mine !== generation || !batch.length) break;
    cursor += batch.length;
    for (const d of batch) {
      if (shownUrls.has(d.url)) continue;
      shownUrls.add(d.url);
      list.append(resultItem(d, t));
      added += 1;
    }
  }
  shown = shownUrls.size;
  showStatus();
  const pf = await loadPagefind();
  if (!filterCountsLoaded(pf)) await countAll(pf, mine);
}

/** The query with one term replaced, as a link to its search. */
function withTerm(term: string, by: string): string {
  return `/search/${stateToSearch({ ...state, q: state.q.replace(term, by) }, hl ? { hl } : {})}`;
}

async function renderEmpty(result: SearchOutcome, pf: Pagefind, mine: number): Promise<void> {
  const tips = h('ul', {}, ...t.tips.map((tip) => h('li', {}, tip)));
  const head = result.unknown.length
    ? [h('p', {}, t.noWord(result.unknown.map((w) => `“${w}”`).join(', ')))]
    : [h('p', {}, t.none(state.q))];
  if (result.prefixOnly) head.push(h('p', {}, t.prefixOnly));
  empty.replaceChildren(...head, tips);
  if (hasFilters(state) && result.unfiltered > 0) {
    tips.prepend(
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'link', 'data-clear': '' }, t.without(result.unfiltered)),
      ),
    );
  }
  empty.hidden = false;
  if (!result.unknown.length) return;
  const near = await suggest(result.unknown, basesOf(pf));
  if (mine !== generation) return;
  const links = result.unknown.flatMap((term) =>
    (near[term] ?? []).map((word) => h('a', { href: withTerm(term, word) }, word)),
  );
  if (!links.length) return;
  const line = h('p', { class: 'did-you-mean' }, `${t.didYouMean} `);
  links.forEach((a, i) => line.append(...(i ? [', ', a] : [a])));
  line.append(ui === 'zh' ? '？' : '?');
  head[0]?.after(line);
}

async function search(): Promise<void> {
  const mine = ++generation;
  updateSwitchLink();
  input.value = input.value.trim() === state.q ? input.value : state.q;
  sortSelect.value = state.sort;
  active.replaceChildren(...activeFilters(state, t, label));
  empty.hidden = true;
  if (!state.q && !hasFilters(state)) {
    outcome = null;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = t.prompt;
    const pf = await loadPagefind();
    await Promise.all([loadFilterCounts(pf), loadFacetNames(basesOf(pf))]);
    const counts = await pf.filters();
    if (mine === generation) drawPanel(counts);
    return;
  }
  status.textContent = t.loading;
  const pf = await loadPagefind();
  const result = everything ? await searchAll(pf, state) : await searchUntil(pf, state, pageSize);
  await loadFacetNames(basesOf(pf));
  if (mine !== generation || !result) return;
  outcome = result;
  shown = 0;
  cursor = 0;
  shownUrls = new Set();
  list.replaceChildren();
  active.replaceChildren(...activeFilters(state, t, label));
  drawPanel(result.counts);
  if (result.total === 0) {
    status.textContent = t.count(0);
    more.hidden = true;
    allYears.hidden = true;
    await renderEmpty(result, pf, mine);
    return;
  }
  await showMore();
}

/** After the first results are on screen, load every filter and redraw the panel with full counts. */
async function countAll(pf: Pagefind, mine: number): Promise<void> {
  await loadFilterCounts(pf);
  const again = mine === generation ? await runSearch(pf, state) : null;
  if (again && mine === generation) drawPanel(again.counts);
}

function update(next: SearchState, push: boolean): void {
  state = next;
  everything = false;
  setUrl(push);
  search().catch(failed);
}

function failed(error: unknown): void {
  console.error(error);
  status.textContent = t.failed;
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => update({ ...state, q: input.value.trim() }, false), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  update({ ...state, q: input.value.trim() }, true);
});
sortSelect.addEventListener('change', () =>
  update({ ...state, sort: sortSelect.value as SearchState['sort'] }, true),
);
facetsBox.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  if (box.type === 'checkbox') update(toggleFilter(state, box.name as Facet, box.value), true);
});
document.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest('button');
  if (!target) return;
  if (target.dataset.expand) {
    expanded.add(target.dataset.expand as Facet);
    search().catch(failed);
  } else if (target.dataset.facet && target.dataset.value) {
    update(toggleFilter(state, target.dataset.facet as Facet, target.dataset.value), true);
    input.focus();
  } else if (target.hasAttribute('data-clear')) {
    update({ ...emptyState(), q: state.q, sort: state.sort }, true);
    input.focus();
  }
});
more.addEventListener('click', () => showMore().catch(failed));
allYears.addEventListener('click', () => {
  everything = true;
  search().catch(failed);
});
$('skip-results').addEventListener('click', (event) => {
  event.preventDefault();
  list.focus();
});
window.addEventListener('popstate', () => {
  state = parseState(location.search);
  search().catch(failed);
});

applyUiLanguage();
search().catch(failed);
