import { warn, type Block, type Warning } from '../lib/types.ts';

const MARKER = '<<<FILE>>>';

/**
 * Cut a corpus into article blocks (INTERFACE §1): a line beginning with `<<<FILE>>>` starts a
 * block named by the rest of that line. Text before the first marker and blank blocks are
 * reported and skipped.
 */
export function splitCorpus(text: string, file: string): { blocks: Block[]; warnings: Warning[] } {
  // Lone CR (old Mac) and CRLF both count as line ends; a BOM is not part of the first line.
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let current: { line: number; name: string; body: string[] } | null = null;
  const preamble: string[] = [];

  const close = () => {
    if (!current) return;
    const body = current.body.join('\n');
    const where = { file, line: current.line, name: current.name };
    if (body.trim() === '')
      warnings.push(warn(where, 'empty-block', 'block is empty or whitespace only; skipped'));
    else blocks.push({ ...where, text: body });
  };

  lines.forEach((line, i) => {
    if (line.startsWith(MARKER)) {
      close();
      current = { line: i + 1, name: line.slice(MARKER.length).trim(), body: [] };
    } else if (current) current.body.push(line);
    else preamble.push(line);
  });
  close();

  if (preamble.join('').trim() !== '') {
    warnings.unshift(
      warn(
        { file, line: 1, name: '' },
        'preamble',
        'text before the first <<<FILE>>> marker is not an article; skipped',
      ),
    );
  }
  return { blocks, warnings };
}
