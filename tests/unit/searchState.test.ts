import { describe, expect, it } from 'vitest';
import { prepareQuery, searchOptions } from '../../src/scripts/search/engine.ts';
import { pickUiLang } from '../../src/scripts/search/i18n.ts';
import { parseState, stateToSearch, toggleFilter } from '../../src/scripts/search/state.ts';

describe('search state in the URL', () => {
  it.each([
    ['?q=Lenovo&company=Lenovo&company=Huawei&sort=newest'],
    ['?q=%E8%81%94%E6%83%B3&city=Wuhan&lang=zh'],
    ['?tag=Cloud+computing&year=2021&source=Harbour+Tech+Daily'],
    [''],
  ])('round-trips %s', (search) => {
    expect(stateToSearch(parseState(search))).toBe(search);
  });

  it('ignores unknown sorts and empty values', () => {
    const state = parseState('?sort=random&company=&q=%20');
    expect(state.sort).toBe('relevance');
    expect(state.filters.company).toEqual([]);
    expect(state.q).toBe('');
  });

  it('toggles a filter value on and off', () => {
    const on = toggleFilter(parseState(''), 'city', 'Jinan');
    expect(on.filters.city).toEqual(['Jinan']);
    expect(toggleFilter(on, 'city', 'Jinan').filters.city).toEqual([]);
  });
});

describe('Pagefind options', () => {
  it('spaces Chinese queries by character and keeps English ones', () => {
    expect(prepareQuery(' 笔记本电脑 ')).toBe('笔 记 本 电 脑');
    expect(prepareQuery('Lenovo  reports')).toBe('Lenovo reports');
    expect(prepareQuery('  ')).toBeNull();
  });

  it('combines facets, allows alternatives within one, and sorts filter-only lists newest first', () => {
    const state = parseState('?company=Lenovo&company=Huawei&year=2021');
    expect(searchOptions(state, null)).toEqual({
      filters: { company: { any: ['Lenovo', 'Huawei'] }, year: { any: ['2021'] } },
      sort: { date: 'desc' },
    });
    expect(searchOptions(parseState('?q=x&sort=oldest'), 'x')).toEqual({
      filters: {},
      sort: { date: 'asc' },
    });
    expect(searchOptions(parseState('?q=x'), 'x')).toEqual({ filters: {} });
  });

  it('picks the interface language from ?hl= or the browser', () => {
    expect(pickUiLang('zh', ['en-GB'])).toBe('zh');
    expect(pickUiLang(null, ['zh-CN', 'en'])).toBe('zh');
    expect(pickUiLang(null, ['fr'])).toBe('en');
  });
});
