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
import { applyUiText } from './search/pageText.ts';
import { periodRange } from './search/periods.ts';
import { basesOf, openShards } from './search/shards.ts';
import { pickUiLang, strings } from './search/i18n.ts';
import { didYouMean, emptyHead } from './search/emptyState.ts';
import { FacetNames } from './search/facetNames.ts';
import { activeFilters, filterPanel, h, replaceKeepingFocus, resultItem } from './search/render.ts';
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
const facetNames = new FacetNames(ui === 'zh');
const loadFacetNames = (bases: string[]) => facetNames.load(bases);

/** Redraw the filter panel, focus kept on the control the reader used. */
function drawPanel(counts: Parameters<typeof filterPanel>[1]): void {
  replaceKeepingFocus(facetsBox, filterPanel(state, counts, expanded, t, facetNames.label));
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
  // The filter counts of a newly merged period load after the list has grown, without holding
  // "more": a reader pressing on while they load gets the next page, not a dead button.
  void countLoaded(mine).catch(failed);
}

/** Count the filters of the periods searched so far, once their counts are not all loaded. */
async function countLoaded(mine: number): Promise<void> {
  const pf = await loadPagefind();
  if (!filterCountsLoaded(pf)) await countAll(pf, mine);
}

/** The query with one term replaced, as a link to its search. */
function withTerm(term: string, by: string): string {
  return `/search/${stateToSearch({ ...state, q: state.q.replace(term, by) }, hl ? { hl } : {})}`;
}

async function renderEmpty(result: SearchOutcome, pf: Pagefind, mine: number): Promise<void> {
  const tips = h('ul', {}, ...t.tips.map((tip) => h('li', {}, tip)));
  const head = emptyHead(result, state.q, t);
  empty.replaceChildren(...head, tips);
  if (hasFilters(state) && result.unfiltered > 0) {
    const clear = h(
      'button',
      { type: 'button', class: 'link', 'data-clear': '' },
      t.without(result.unfiltered),
    );
    tips.prepend(h('li', {}, clear));
  }
  empty.hidden = false;
  if (!result.unknown.length) return;
  const near = await suggest(result.unknown, basesOf(pf));
  const line = mine === generation ? didYouMean(near, withTerm, t, ui === 'zh') : null;
  if (line) head[0]?.after(line);
}

async function search(): Promise<void> {
  const mine = ++generation;
  updateSwitchLink();
  input.value = input.value.trim() === state.q ? input.value : state.q;
  sortSelect.value = state.sort;
  active.replaceChildren(...activeFilters(state, t, facetNames.label));
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
  active.replaceChildren(...activeFilters(state, t, facetNames.label));
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
let loadingMore = false;
/** One "more" at a time, from the button or from scrolling to it. */
function moreOnce(): void {
  if (loadingMore || more.hidden) return;
  loadingMore = true;
  showMore()
    .catch(failed)
    .finally(() => (loadingMore = false));
}
more.addEventListener('click', moreOnce);
// Reading on loads on: once the reader has scrolled, the button coming into view lists more
// (older periods included), as pressing it would.
new IntersectionObserver((entries) => {
  if (entries.some((e) => e.isIntersecting) && window.scrollY > 0) moreOnce();
}).observe(more);
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

applyUiText(ui, t);
search().catch(failed);
