import { setPriority } from 'node:os';

/*
 * The search shards are indexed beside the Astro build (build.ts), and on two cores the three
 * busy threads (Astro, two index workers with their Pagefind services) share them evenly: Astro,
 * one thread that cannot go faster than its core, then runs a third slower and ends last, with
 * the other core idle once the index is done (10,000 articles: Astro 82 s of wall for 59 s of
 * CPU, the index done at 57 s). The index yields to Astro instead, so Astro keeps a core and the
 * index takes the rest, and both end about when their CPU time over two cores says.
 */

/**
 * How much lower the search shards' priority is than Astro's (a Unix nice value). At 5 a thread
 * weighs a third of a normal one, so Astro's one thread outweighs the index's two and keeps a
 * core; a larger value would only starve the index further behind other programs on a shared machine.
 */
export const INDEX_NICENESS = 5;

/**
 * Lower a process's CPU priority right after it is spawned. On Linux the nice value is per
 * thread and a new thread or child process takes its creator's, so the worker threads the
 * process starts and their Pagefind services run at it too. Where it is not allowed, nothing changes.
 */
export function yieldToAstro(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, INDEX_NICENESS);
  } catch {
    // Only the order in which the two finish depends on it, never the output.
  }
}
