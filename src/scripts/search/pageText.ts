// The search page's fixed words in the interface language (the HTML ships the English ones).
import type { strings, UiLang } from './i18n.ts';
import type { SearchState } from './state.ts';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Write the interface language's words into the page, and fold the filters away on narrow screens. */
export function applyUiText(ui: UiLang, t: ReturnType<typeof strings>): void {
  document.title = `${t.submit} · News Archive`;
  byId('search-page').lang = ui === 'zh' ? 'zh-CN' : 'en';
  byId('search-title').textContent = t.submit;
  byId('search-label').textContent = t.label;
  byId<HTMLInputElement>('search-q').placeholder = t.placeholder;
  byId('search-submit').textContent = t.submit;
  byId('search-filters-title').textContent = t.filters;
  byId('skip-results').textContent = t.skip;
  byId('search-sort-label').textContent = t.sort;
  for (const option of byId<HTMLSelectElement>('search-sort').options)
    option.textContent = t.sortName[option.value as SearchState['sort']];
  byId('search-more').textContent = t.more;
  byId('search-all-years').textContent = t.allYears;
  const uiSwitch = byId<HTMLAnchorElement>('ui-switch');
  uiSwitch.textContent = t.uiSwitch;
  uiSwitch.lang = ui === 'zh' ? 'en' : 'zh-CN';
  // Narrow screens start with the filters folded away (they follow the results there).
  if (matchMedia('(max-width: 48rem)').matches) byId<HTMLDetailsElement>('search-filters').open = false;
}
