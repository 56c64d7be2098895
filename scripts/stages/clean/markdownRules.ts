import type TurndownService from 'turndown';

/**
 * Turndown rules for the archive's Markdown: images become caption lines (see allowList.ts),
 * links keep only safe targets, emphasis survives CommonMark's rules next to CJK punctuation,
 * `<br>` separates paragraphs, and text is escaped so that nothing in it becomes HTML or a link.
 */

const INLINE_CONTEXT = new Set([
  'LI',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'A',
  'FIGCAPTION',
  'STRONG',
  'EM',
  'DEL',
  'CODE',
  'SUB',
  'SUP',
]);
const INLINE = new Set(['A', 'STRONG', 'EM', 'DEL', 'CODE', 'SUB', 'SUP', '#text']);
// An alt text that only names a file or a URL says nothing to a reader.
const FILE_NAME = /^(?:\S+\.(?:jpe?g|png|gif|webp|bmp|svg|avif)|https?:\/\/\S+|\d+)$/i;
// Punctuation inside an emphasis delimiter with a letter outside it stops CommonMark from
// closing it (`**“强调”**中文`); such punctuation moves outside. Markdown syntax never moves.
const MOVABLE = '(?:(?![*_~`\\[\\]()\\\\!<>#&])[\\p{P}\\p{S}])';
const EDGE_PUNCT = new RegExp(`^(${MOVABLE}*)([\\s\\S]*?)(${MOVABLE}*)$`, 'u');
const WORDLIKE = /[^\s\p{P}\p{S}]/u;

/** The character just outside `node` on one side, looking through enclosing inline elements. */
function outsideChar(node: Node, side: 'before' | 'after'): string | undefined {
  for (let n: Node | null = node; n; n = n.parentNode) {
    const sib = side === 'before' ? n.previousSibling : n.nextSibling;
    if (sib) return side === 'before' ? sib.textContent?.at(-1) : sib.textContent?.[0];
    if (!n.parentNode || !INLINE.has(n.parentNode.nodeName)) return undefined;
  }
  return undefined;
}

function inside(node: Node, names: Set<string>): boolean {
  for (let n = node.parentNode; n; n = n.parentNode) if (names.has(n.nodeName)) return true;
  return false;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function captionLine(service: TurndownService, text: string): string {
  const line = oneLine(text);
  return line ? `\n\n*Image: ${service.escape(line)}*\n\n` : '';
}

const BLOCK_NODES = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'TR',
  'TD',
  'TH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
]);

/** Text of a node with a space where blocks meet (`…plan.</p>Photo by…` keeps its space). */
function blockText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  const inner = Array.from(node.childNodes, blockText).join('');
  return BLOCK_NODES.has(node.nodeName) ? ` ${inner} ` : inner;
}

function hasCaption(img: Node): boolean {
  const parent = img.parentNode as HTMLElement | null;
  const figure = parent?.closest?.('div') ?? parent;
  return !!figure?.querySelector?.('figcaption');
}

// Everything turndown's escapes (turndown 7) and the two below can act on.
const NEEDS_ESCAPE = /[\\*`[\]_<&]|^[-+=#~>\d]/;

/** Add the archive's rules to a turndown service. */
export function useArchiveRules(service: TurndownService): void {
  // Turndown's escapes, plus `<` (raw HTML, autolinks) and entity-like `&…;` (shown as typed).
  const plainEscape = service.escape.bind(service);
  // Fifteen replacements per text node: text holding none of their trigger characters (at the
  // start, for the anchored ones) comes back unchanged, and most text holds none.
  service.escape = (text: string) =>
    NEEDS_ESCAPE.test(text)
      ? plainEscape(text)
          .replace(/</g, '\\<')
          .replace(/&(?=#?[a-zA-Z0-9]{1,32};)/g, '\\&')
      : text;

  service.addRule('image', {
    filter: 'img',
    replacement: (_c, node) => {
      const alt = oneLine((node as HTMLElement).getAttribute('alt') ?? '');
      if (!alt || FILE_NAME.test(alt) || inside(node, new Set(['A'])) || hasCaption(node)) return '';
      return captionLine(service, alt);
    },
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (_c, node) => captionLine(service, blockText(node)),
  });
  service.addRule('link', {
    filter: 'a',
    replacement: (content, node) => {
      const text = oneLine(content);
      const href = (node as HTMLElement).getAttribute('href');
      if (!text) return '';
      if (!href) return content;
      return `[${text}](${href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
    },
  });
  for (const [name, mark] of [
    ['strong', '**'],
    ['em', '*'],
    ['del', '~~'],
  ] as const) {
    service.addRule(name, {
      filter: name,
      replacement: (content, node) => {
        if (!content.trim() || inside(node, new Set([name.toUpperCase()]))) return content;
        const [, lead = '', core = '', tail = ''] = EDGE_PUNCT.exec(content) ?? [];
        if (!core.trim()) return content;
        const moveLead = lead && WORDLIKE.test(outsideChar(node, 'before') ?? ' ');
        const moveTail = tail && WORDLIKE.test(outsideChar(node, 'after') ?? ' ');
        const open = moveLead ? `${lead}${mark}${core}` : `${mark}${lead}${core}`;
        return moveTail ? `${open}${mark}${tail}` : `${open}${tail}${mark}`;
      },
    });
  }
  service.addRule('lineBreak', {
    filter: 'br',
    replacement: (_c, node) =>
      inside(node, INLINE_CONTEXT) ? ' ' : inside(node, new Set(['PRE'])) ? '\n' : '\n\n',
  });
  service.addRule('heading', {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      const text = oneLine(content);
      return text ? `\n\n${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}\n\n` : '';
    },
  });
}
