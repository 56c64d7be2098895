import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { yieldToAstro } from '../lib/yieldToAstro.ts';

/** Wall and CPU seconds, and the peak RSS of the largest single process, of one measured command. */
export interface Measured {
  wall: number;
  cpu: number;
  peakMB: number | null;
  /** The last lines the command printed. */
  stdout: string;
}

const hasProc = existsSync('/proc/self/status');

/** The pid and every descendant of it (Linux /proc). */
function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i] as number;
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const kids = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        if (kids) out.push(...kids.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) of a process and its reaped children, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime, stime, cutime, cstime are fields 14-17 (1-based); after the ") " split they start at 11.
    return [11, 12, 13, 14].reduce((s, i) => s + Number(fields[i] ?? 0), 0) / 100;
  } catch {
    return NaN;
  }
}

/**
 * Run a command to completion and measure it. Peak RSS is sampled every 100 ms over the whole
 * process tree (Node's Pagefind API runs the indexer as a child process) and is the largest
 * single process seen, the figure that decides whether a build fits the machine. `yields`: the
 * command runs at a lower priority, as build.ts runs the search shards.
 */
export async function measure(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  { yields = false } = {},
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // As build.ts runs the search shards beside Astro (scripts/lib/yieldToAstro.ts).
  if (yields) yieldToAstro(child.pid);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-4000)));
  let peak = 0;
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    if (!hasProc || child.pid === undefined) return;
    for (const pid of tree(child.pid)) {
      peak = Math.max(peak, rssKb(pid));
      const c = cpuSeconds(pid);
      if (Number.isFinite(c)) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, c));
    }
  };
  const timer = setInterval(sample, 100);
  const code: number | null = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${code}):\n${stderr}`);
  const cpu = hasProc ? [...cpuByPid.values()].reduce((s, c) => s + c, 0) : NaN;
  return { wall, cpu, peakMB: hasProc ? peak / 1024 : null, stdout };
}

/** Total size in bytes and file count of a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Median of a list of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
