import cliProgress from 'cli-progress';

/** A progress bar on stderr for large corpora; silent when not a terminal or when small. */
export function createProgress(enabled: boolean) {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {value}/{total} blocks {eta_formatted} left',
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  let started = false;
  const show = enabled && process.stderr.isTTY;
  return {
    /** Add newly split blocks to the total. */
    grow(n: number) {
      total += n;
      if (!show || total < 500) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      } else bar.setTotal(total);
    },
    /** `n` more blocks done. */
    tick(n = 1) {
      if (started) bar.increment(n);
    },
    /** Finish the bar. */
    stop() {
      if (started) bar.stop();
    },
  };
}
