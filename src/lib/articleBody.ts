import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Read an article's Markdown body from its file at render time. The content collection keeps
 * only front matter, so Astro's data store stays small however large the archive grows.
 */
export function articleBody(entry: { id: string; filePath?: string }): string {
  if (!entry.filePath) throw new Error(`article ${entry.id} has no file path`);
  const raw = readFileSync(resolve(entry.filePath), 'utf8');
  // The ingest writes `---\n<yaml>---\n\n<body>`; the YAML never holds a line that is just `---`.
  const end = raw.indexOf('\n---\n', 3);
  return end < 0 ? raw : raw.slice(end + 5);
}
