import { processBlock, type Article, type PipelineContext } from '../pipeline.ts';
import { warn, type Block, type Warning } from './types.ts';

/** Run blocks through the pipeline; a block whose stage throws is reported, never fatal. */
export function processBatch(
  blocks: Block[],
  ctx: PipelineContext,
): { articles: Article[]; warnings: Warning[] } {
  const articles: Article[] = [];
  const warnings: Warning[] = [];
  for (const block of blocks) {
    try {
      const result = processBlock(block, ctx);
      warnings.push(...result.warnings);
      if (result.article) articles.push(result.article);
    } catch (cause) {
      const err = new Error(`${block.file}:${block.line} (${block.name || 'unnamed'}) failed`, { cause });
      warnings.push(warn(block, 'failed', `${err.message}: ${(cause as Error)?.stack ?? String(cause)}`));
    }
  }
  return { articles, warnings };
}
