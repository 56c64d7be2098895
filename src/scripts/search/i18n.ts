// The search page's words in English and Chinese.
import type { Facet, Sort } from './state.ts';

/** Interface languages of the search page. */
export type UiLang = 'en' | 'zh';

const en = {
  label: 'Search the archive',
  placeholder: 'Company, city, topic… in English or Chinese',
  submit: 'Search',
  filters: 'Filter results',
  clear: 'Clear all filters',
  remove: (v: string) => `Remove filter ${v}`,
  sort: 'Sort by',
  more: 'Show more results',
  showAll: (n: number) => `Show all ${n}`,
  count: (n: number) => (n === 1 ? '1 article' : `${n.toLocaleString('en')} articles`),
  shown: (a: number, b: number) => `showing ${a.toLocaleString('en')} of ${b.toLocaleString('en')}`,
  loading: 'Searching…',
  prompt: 'Type a word, or pick a filter, to list matching articles.',
  failed: 'Search is not available right now. Reload the page to try again.',
  none: (q: string) => (q ? `No articles match “${q}”.` : 'No articles match these filters.'),
  tips: [
    'Check the spelling, or try fewer words.',
    'Try the name in the other language: 联想 or Lenovo, 武汉 or Wuhan.',
  ],
  without: (n: number) => `${n} without the filters — clear them`,
  noWord: (words: string) => `No article contains ${words}.`,
  prefixOnly: 'The index holds only shorter words beginning the same way, so nothing is listed.',
  didYouMean: 'Did you mean',
  skip: 'Skip to results',
  soFar: (range: string) => ` so far${range ? ` (${range})` : ''}; earlier years not searched yet`,
  older: 'Search earlier years',
  allYears: 'Search all years',
  undated: 'Undated',
  uiSwitch: '中文界面',
  facet: { company: 'Company', city: 'City', tag: 'Topic', year: 'Year', lang: 'Language', source: 'Source' },
  sortName: { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' },
  langName: { en: 'English', zh: 'Chinese' } as Record<string, string>,
};
type Strings = typeof en;

const zh: Strings = {
  label: '搜索资料库',
  placeholder: '公司、城市、主题……中文或英文均可',
  submit: '搜索',
  filters: '筛选结果',
  clear: '清除所有筛选',
  remove: (v) => `移除筛选：${v}`,
  sort: '排序',
  more: '显示更多结果',
  showAll: (n) => `显示全部 ${n} 项`,
  count: (n) => `${n} 篇文章`,
  shown: (a, b) => `显示 ${a} / ${b}`,
  loading: '正在搜索……',
  prompt: '输入关键词或选择筛选条件，列出相关文章。',
  failed: '搜索暂时不可用，请刷新页面重试。',
  none: (q) => (q ? `没有与“${q}”匹配的文章。` : '没有符合这些筛选条件的文章。'),
  tips: ['请检查拼写，或减少关键词。', '试试另一种语言的名称：Lenovo 或 联想，Wuhan 或 武汉。'],
  without: (n) => `去掉筛选后有 ${n} 篇 — 清除筛选`,
  noWord: (words) => `没有文章包含${words}。`,
  prefixOnly: '索引里只有开头相同的较短词语，因此不列出结果。',
  didYouMean: '您要找的是不是',
  skip: '跳到搜索结果',
  soFar: (range) => `（已搜索${range ? ` ${range} 年` : ''}，更早的年份尚未搜索）`,
  older: '搜索更早的年份',
  allYears: '搜索所有年份',
  undated: '日期不详',
  uiSwitch: 'English',
  facet: { company: '公司', city: '城市', tag: '主题', year: '年份', lang: '语言', source: '来源' },
  sortName: { relevance: '相关度', newest: '最新优先', oldest: '最早优先' },
  langName: { en: '英文', zh: '中文' },
};

/** The page's words for one interface language. */
export function strings(
  lang: UiLang,
): Strings & { facet: Record<Facet, string>; sortName: Record<Sort, string> } {
  return lang === 'zh' ? zh : en;
}

/** The interface language: `?hl=` when given, else the browser's preferred language. */
export function pickUiLang(hl: string | null, preferred: readonly string[]): UiLang {
  if (hl === 'zh' || hl === 'en') return hl;
  return preferred[0]?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
