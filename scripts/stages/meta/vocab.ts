/** The site vocabulary as written in `content/vocab/sites.yml`. */
export interface SitesData {
  title: {
    prefixes: string[];
    sections: string[];
    site_suffixes_zh: string[];
    site_words_en: string[];
    repeat_labels: string[];
    repost_markers: string[];
  };
  sources: string[][];
  generic_sources: string[];
  byline: {
    author_labels: string[];
    glued_labels: string[];
    editor_labels: string[];
    source_labels: string[];
    url_labels: string[];
    role_words: string[];
    not_names: string[];
    placeholders: string[];
  };
  captions: { start: string[]; end: string[]; end_credits: string[] };
  copyright: string[];
  update_labels: string[];
  page: { date_keys: string[]; date_classes: string[] };
  front_matter: Record<FrontMatterField | 'elsewhere', string[]>;
}

/** Front-matter fields the metadata stage reads. */
export type FrontMatterField = 'title' | 'date' | 'author' | 'editor' | 'source' | 'source_url' | 'excerpt';

/** The site vocabulary compiled for matching; built once per run. */
export interface SitesVocab {
  titlePrefixes: string[];
  sections: Set<string>;
  siteSuffixZh: RegExp;
  siteWordEn: RegExp;
  repeatLabel: RegExp;
  /** A bracketed repost marker opening a headline (`【转载】`, `[transfer]`). */
  repostMarker: RegExp;
  /** Lower-cased alias (name or domain) → the publication's names. */
  sources: Map<string, string[]>;
  /** Source aliases, longest first, for prefix matching. */
  sourceAliases: string[];
  genericSources: Set<string>;
  labels: { author: string[]; editor: string[]; source: string[]; url: string[] };
  gluedLabel: RegExp;
  roleWords: RegExp;
  notNames: Set<string>;
  placeholders: Set<string>;
  caption: RegExp;
  /** A line that opens with a photo credit (`Photo by …`): the line above it is a caption. */
  captionStart: RegExp;
  copyright: RegExp;
  update: RegExp;
  frontMatter: Record<FrontMatterField, string[]>;
  /** `<meta>` keys of a whole page that state its publication time, in order of trust. */
  pageDateKeys: string[];
  /** A class or id naming the element that shows a page's date. */
  pageDateClass: RegExp;
  /** Front-matter keys read here or by other stages; the rest go to `extra`. */
  knownKeys: Set<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A regex alternation of literal words, longest first so `责任编辑` wins over `编辑`; none never matches. */
export function alternation(words: string[]): string {
  if (words.length === 0) return '(?!)';
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, '\\s+'))
    .join('|');
}

// Latin words need word boundaries; Han words do not have any.
const bounded = (w: string) => `${/^\w/.test(w) ? '\\b' : ''}${escape(w)}${/\w$/.test(w) ? '\\b' : ''}`;

/** Compile the YAML data into the matchers the stage uses. */
export function compileSites(data: SitesData): SitesVocab {
  const sources = new Map<string, string[]>();
  for (const names of data.sources) for (const n of names) sources.set(n.toLowerCase(), names);
  const fm = data.front_matter;
  const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());
  return {
    titlePrefixes: data.title.prefixes,
    sections: new Set(lower(data.title.sections)),
    siteSuffixZh: new RegExp(`(?:${alternation(data.title.site_suffixes_zh)})$`, 'u'),
    siteWordEn: new RegExp(`(?:\\b|(?<=[a-z]))(?:${alternation(data.title.site_words_en)})\\b`, 'u'),
    repostMarker: new RegExp(
      `^\\s*[【\\[［(（〔](?:${alternation(data.title.repost_markers)})[】\\]］)）〕]\\s*[:：]?\\s*`,
      'iu',
    ),
    repeatLabel: new RegExp(`^(?:${alternation(data.title.repeat_labels)})\\s*[:：]\\s*`, 'iu'),
    sources,
    sourceAliases: [...sources.keys()].sort((a, b) => b.length - a.length),
    genericSources: new Set(lower(data.generic_sources)),
    labels: {
      author: data.byline.author_labels,
      editor: data.byline.editor_labels,
      source: data.byline.source_labels,
      url: data.byline.url_labels,
    },
    gluedLabel: new RegExp(`^(?:${alternation(data.byline.glued_labels)})\\s+`, 'iu'),
    roleWords: new RegExp(`(?:\\s|^)(?:${alternation(data.byline.role_words)})$`, 'u'),
    notNames: new Set(lower(data.byline.not_names)),
    placeholders: new Set(lower(data.byline.placeholders)),
    caption: new RegExp(
      [
        `^[\\s\\p{P}]{0,2}(?:${data.captions.start.map(bounded).join('|')})`,
        `(?:${alternation(data.captions.end)})[\\s\\p{P}]{0,2}$`,
        `(?:^|[\\s.。])(?:${alternation(data.captions.end_credits)})\\s?[:：]?\\s?[^.。:：]{1,40}$`,
      ].join('|'),
      'iu',
    ),
    captionStart: new RegExp(`^[\\s\\p{P}]{0,2}(?:${data.captions.start.map(bounded).join('|')})`, 'iu'),
    copyright: new RegExp(data.copyright.map(bounded).join('|'), 'iu'),
    update: new RegExp(`^[\\s\\p{P}]{0,2}(?:${data.update_labels.map(bounded).join('|')})`, 'iu'),
    frontMatter: {
      title: lower(fm.title),
      date: lower(fm.date),
      author: lower(fm.author),
      editor: lower(fm.editor),
      source: lower(fm.source),
      source_url: lower(fm.source_url),
      excerpt: lower(fm.excerpt),
    },
    knownKeys: new Set(lower(Object.values(fm).flat())),
    pageDateKeys: lower(data.page.date_keys),
    pageDateClass: new RegExp(`(?:^|[\\s_-])(?:${alternation(data.page.date_classes)})(?:$|[\\s_-])`, 'i'),
  };
}
