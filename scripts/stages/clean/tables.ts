import type TurndownService from 'turndown';
import { tables } from 'turndown-plugin-gfm';

/**
 * Tables: turndown-plugin-gfm writes tables that have a heading row. Two cases it leaves as raw
 * HTML are handled here: layout tables (cells holding paragraphs, or a single column), whose
 * cells become ordinary blocks, and data tables without a heading row, whose first row becomes
 * the heading. Cell text is kept on one line with `|` escaped so the table stays a table.
 */

const BLOCKS = 'p,div,table,ul,ol,blockquote,h1,h2,h3,h4,h5,h6,pre,figcaption';
type El = HTMLElement & { rows?: HTMLCollectionOf<HTMLTableRowElement> };

function tableOf(node: Node): El | undefined {
  let n: Node | null = node;
  while (n && n.nodeName !== 'TABLE') n = n.parentNode;
  return (n as El | null) ?? undefined;
}

const layoutCache = new WeakMap<Node, boolean>();

/** True when a table is used for layout rather than data. */
export function isLayoutTable(table: El): boolean {
  const cached = layoutCache.get(table);
  if (cached !== undefined) return cached;
  const rows = Array.from(table.rows ?? []);
  const columns = rows.reduce((m, r) => Math.max(m, r.cells.length), 0);
  // domino answers `undefined`, not `null`, when nothing matches.
  const layout = columns < 2 || rows.length === 0 || Boolean(table.querySelector(BLOCKS));
  layoutCache.set(table, layout);
  return layout;
}

function isHeadingRow(tr: HTMLTableRowElement | undefined): boolean {
  if (!tr) return false;
  const parent = tr.parentNode as HTMLElement;
  if (parent.nodeName === 'THEAD') return true;
  const first = parent.firstChild === tr && (parent.nodeName === 'TABLE' || parent.previousSibling === null);
  return first && Array.from(tr.childNodes).every((c) => c.nodeName === 'TH');
}

/** Add the table rules to a turndown service. */
export function useTables(service: TurndownService): void {
  service.use(tables);
  service.addRule('dataCell', {
    filter: (node) => (node.nodeName === 'TD' || node.nodeName === 'TH') && !isLayoutTable(tableOf(node)!),
    replacement: (content, node) => {
      const text = content
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim();
      return `${node.parentNode?.firstChild === node ? '| ' : ' '}${text} |`;
    },
  });
  service.addRule('layoutCell', {
    filter: (node) =>
      ['TD', 'TH', 'TR', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION'].includes(node.nodeName) &&
      isLayoutTable(tableOf(node)!),
    replacement: (content) => `\n\n${content}\n\n`,
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (content, node) => {
      const table = node as El;
      if (isLayoutTable(table)) return `\n\n${content}\n\n`;
      const lines = content.split('\n').filter((l) => l.trim() !== '');
      if (!isHeadingRow(table.rows?.[0])) {
        const columns = table.rows?.[0]?.cells.length ?? 1;
        lines.splice(1, 0, `|${' --- |'.repeat(columns)}`);
      }
      return `\n\n${lines.join('\n')}\n\n`;
    },
  });
}
