/**
 * Reading vocabulary files. Parsing the YAML is most of a vocabulary's load time (companies.yml
 * alone takes a fifth of a second), so the ingest parses the files once on the main thread and
 * hands the parsed data to its worker threads instead of having each parse them again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Parsed vocabulary files by absolute path. */
export type VocabFiles = Record<string, unknown>;

const preloaded = new Map<string, unknown>();

const parseText = (path: string, text: string): unknown =>
  path.endsWith('.json') ? JSON.parse(text) : parse(text);

/** A vocabulary file's data (JSON for `.json`, else YAML): preloaded if handed over, else read now. */
export function readVocabFile(path: string): unknown {
  const key = resolve(path);
  if (preloaded.has(key)) {
    const data = preloaded.get(key);
    // Used once: a later load in this thread reads the file afresh.
    preloaded.delete(key);
    return data;
  }
  return parseText(path, readFileSync(path, 'utf8'));
}

/**
 * Parse every `.yml` and `.json` file of a vocabulary folder. A file that cannot be read or
 * parsed is left out, so that the loader meets the problem itself and reports it as usual.
 */
export function readVocabFiles(dir: string): VocabFiles {
  const files: VocabFiles = {};
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.(?:ya?ml|json)$/.test(n));
  } catch {
    return files;
  }
  for (const name of names) {
    const path = resolve(join(dir, name));
    try {
      files[path] = parseText(path, readFileSync(path, 'utf8'));
    } catch {
      // Left to the loader.
    }
  }
  return files;
}

/** Hand parsed files (from `readVocabFiles`) to the loaders of this thread. */
export function usePreloaded(files: VocabFiles): void {
  for (const [path, data] of Object.entries(files)) preloaded.set(path, data);
}
