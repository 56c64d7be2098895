import type { Warning } from './types.ts';

/** Counts for the ingest summary; `lines` is the console text. */
export function summarise(run: {
  files: number;
  blocks: number;
  written: number;
  warnings: Warning[];
  ms: number;
}) {
  const byKind: Record<string, number> = {};
  for (const w of run.warnings) byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;
  const skipped = run.warnings.filter((w) => /skipped/.test(w.message) && w.kind !== 'preamble').length;
  const duplicates = byKind.duplicate ?? 0;
  const perSecond = run.blocks / Math.max(run.ms / 1000, 1e-6);
  const lines = [
    `ingest: ${run.files} file(s), ${run.blocks} blocks read, ${run.written} articles written, ${skipped} skipped, ${duplicates} duplicates (${(run.ms / 1000).toFixed(2)} s, ${Math.round(perSecond)} blocks/s)`,
    ...Object.entries(byKind)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, n]) => `  ${k}: ${n}`),
  ];
  return {
    files: run.files,
    blocks: run.blocks,
    written: run.written,
    skipped,
    duplicates,
    warningsByKind: byKind,
    seconds: run.ms / 1000,
    lines,
  };
}
