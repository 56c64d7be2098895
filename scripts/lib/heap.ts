import { totalmem } from 'node:os';

/**
 * The heap flag for a build process when `count` run at once. Node's default (about 4 GB here)
 * is too small for a 100,000-article archive; each process gets an equal part of 60% of the
 * memory, at most 7 GB, so it stays within the 8 GB the archive is meant to fit.
 */
export function heapFlag(count = 1): string {
  const mb = Math.max(2048, Math.min(7168, Math.floor((totalmem() * 0.6) / 2 ** 20 / count)));
  return `--max-old-space-size=${mb}`;
}

/**
 * The young-generation flag for the Astro build. Rendering makes many short-lived strings and
 * objects per page, and with Node's default 16 MB semi-spaces it collected garbage so often that
 * the 10,000-article build spent 61 s of CPU where 64 MB semi-spaces spend 49–52 s (two runs
 * each, busy machine), for about 300 MB more peak memory (1.5 GB).
 */
export const YOUNG_FLAG = '--max-semi-space-size=64';
