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

/** Bytes per piece a corpus file is decoded in: V8 strings stop at about 512 million characters. */
export const PIECE_BYTES = 64 * 2 ** 20;

const MARKER = Buffer.from('<<<FILE>>>');

/**
 * Cut a corpus file's bytes into pieces of about `size` bytes, each starting at the beginning of
 * the file or at a marker line, so every piece decodes and splits on its own. A cut falls just
 * before a `<<<FILE>>>` that follows a line end, so no line and no UTF-8 sequence is ever split.
 */
export function corpusPieces(bytes: Buffer, size = PIECE_BYTES): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  while (bytes.length - start > size) {
    let cut = bytes.indexOf(MARKER, start + size);
    while (cut > 0 && bytes[cut - 1] !== 0x0a && bytes[cut - 1] !== 0x0d)
      cut = bytes.indexOf(MARKER, cut + 1);
    if (cut < 0) break;
    pieces.push(bytes.subarray(start, cut));
    start = cut;
  }
  pieces.push(bytes.subarray(start));
  return pieces;
}

/** Line ends as splitCorpus counts them (CRLF, lone CR, LF). */
const lineEnds = (text: string): number => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Read corpus files as bytes, decode them (invalid UTF-8 replaced) and split them into blocks,
 * with the warnings reading and splitting give (`inspectBlock` is left to the caller). Files are
 * named relative to the working folder. A large file is read in pieces (corpusPieces), with
 * line numbers still counted from the top of the file.
 */
export function readCorpus(
  paths: string[],
  pieceBytes = PIECE_BYTES,
): { blocks: Block[]; warnings: Warning[]; filesRead: number } {
  const blocks: Block[] = [];
  const warnings: Warning[] = [];
  let filesRead = 0;
  for (const path of paths) {
    const file = relative(process.cwd(), path) || path;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
      filesRead++;
    } catch (cause) {
      warnings.push(warn({ file, line: 0, name: '' }, 'unreadable-file', (cause as Error).message));
      continue;
    }
    let offset = 0;
    const pieces = corpusPieces(bytes, pieceBytes);
    for (const [i, piece] of pieces.entries()) {
      const decoded = decodeText(piece);
      // The line end before the next piece's marker belongs to neither block body, as in one read.
      const text = i < pieces.length - 1 ? decoded.text.replace(/(?:\r\n|\r|\n)$/, '') : decoded.text;
      const split = splitCorpus(text, file);
      const moved = split.blocks.map((b) => ({ ...b, line: b.line + offset }));
      warnings.push(...split.warnings.map((w) => ({ ...w, line: w.line + offset })));
      if (decoded.invalidUtf8) {
        const lines = invalidUtf8Lines(piece).map((l) => l + offset);
        warnings.push(...invalidUtf8Warnings(file, moved, lines));
      }
      for (const block of moved) blocks.push(block);
      offset += lineEnds(decoded.text);
    }
  }
  return { blocks, warnings, filesRead };
}
