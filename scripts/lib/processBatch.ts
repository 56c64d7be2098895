import { processBlock, serialiseArticle, type Article, type PipelineContext } from '../pipeline.ts';
import { warn, type Block, type Warning } from './types.ts';

/** A batch's articles, each with its file text (`files[i]` for `articles[i]`), and warnings. */
export interface BatchResult {
  articles: Article[];
  /** Serialised here because the YAML is costly and the workers run in parallel. */
  files: string[];
  warnings: Warning[];
}

/** Run blocks through the pipeline; a block whose stage throws is reported, never fatal. */
export function processBatch(blocks: Block[], ctx: PipelineContext): BatchResult {
  const articles: Article[] = [];
  const files: string[] = [];
  const warnings: Warning[] = [];
  for (const block of blocks) {
    try {
      const result = processBlock(block, ctx);
      warnings.push(...result.warnings);
      if (result.article) {
        files.push(serialiseArticle(result.article));
        articles.push(result.article);
      }
    } catch (cause) {
      const err = new Error(`${block.file}:${block.line} (${block.name || 'unnamed'}) failed`, { cause });
      warnings.push(warn(block, 'failed', `${err.message}: ${(cause as Error)?.stack ?? String(cause)}`));
    }
  }
  return { articles, files, warnings };
}
