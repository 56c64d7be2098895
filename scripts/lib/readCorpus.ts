import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { articleId } from '../stages/articleId.ts';
import { decodeText } from '../stages/decodeText.ts';
import { splitCorpus } from '../stages/splitCorpus.ts';
import { invalidUtf8Lines } from './invalidUtf8.ts';
import { warn, type Block, type Warning } from './types.ts';

/** One warning per block (or for the preamble) that held invalid UTF-8, naming the bad lines. */
function invalidUtf8Warnings(file: string, fileBlocks: Block[], lines: number[]): Warning[] {
  const byBlock = new Map<Block | undefined, number[]>();
  for (const line of lines) {
    const block = fileBlocks.findLast((b) => b.line <= line);
    byBlock.set(block, [...(byBlock.get(block) ?? []), line]);
  }
  return [...byBlock].map(([block, at]) => {
    const where = block ?? { file, line: at[0] ?? 1, name: '' };
    const message = `invalid UTF-8 on line${at.length > 1 ? 's' : ''} ${at.join(', ')} replaced with U+FFFD`;
    return warn(block ? { ...where, id: articleId(block.name, block.text) } : where, 'invalid-utf8', message);
  });
}

/**
 * Read corpus files as bytes, decode them (invalid UTF-8 replaced) and split them into blocks,
 * with the warnings reading and splitting give (`inspectBlock` is left to the caller). Files are
 * named relative to the working folder.
 */
export function readCorpus(paths: string[]): { blocks: Block[]; warnings: Warning[]; filesRead: number } {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let filesRead = 0;
  for (const path of paths) {
    const file = relative(process.cwd(), path) || path;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
      filesRead++;
    } catch (cause) {
      warnings.push(warn({ file, line: 0, name: '' }, 'unreadable-file', (cause as Error).message));
      continue;
    }
    const decoded = decodeText(bytes);
    const split = splitCorpus(decoded.text, file);
    warnings.push(...split.warnings);
    if (decoded.invalidUtf8)
      warnings.push(...invalidUtf8Warnings(file, split.blocks, invalidUtf8Lines(bytes)));
    for (const block of split.blocks) blocks.push(block);
  }
  return { blocks, warnings, filesRead };
}
