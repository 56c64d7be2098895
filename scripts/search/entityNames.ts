import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Other names (Chinese names, aliases) of canonical English entity names, by kind. */
export interface EntityNames {
  company: Map<string, string[]>;
  city: Map<string, string[]>;
  tag: Map<string, string[]>;
}

/** Strings of a `zh` / `aliases` value, whether one string or a list. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * Collect `name` → other names from any vocabulary shape: every object with a string `name`
 * anywhere in the tree contributes its `zh` and `aliases` values. The vocabularies are still
 * changing, so this reads them by shape rather than by schema.
 */
export function collectNames(tree: unknown, into = new Map<string, string[]>()): Map<string, string[]> {
  if (Array.isArray(tree)) {
    for (const item of tree) collectNames(item, into);
  } else if (tree && typeof tree === 'object') {
    const node = tree as Record<string, unknown>;
    if (typeof node.name === 'string') {
      const others = [...strings(node.zh), ...strings(node.aliases)].filter((n) => n !== node.name);
      if (others.length) into.set(node.name, [...new Set([...(into.get(node.name) ?? []), ...others])]);
    }
    for (const value of Object.values(node))
      if (value && typeof value === 'object') collectNames(value, into);
  }
  return into;
}

/** Read one vocabulary file (YAML or JSON); a missing or unreadable file gives no names and a warning. */
function readNames(file: string, warnings: string[]): Map<string, string[]> {
  if (!existsSync(file)) return new Map();
  try {
    const text = readFileSync(file, 'utf8');
    // The city gazetteer is 660 kB of JSON: JSON.parse reads it in a fraction of the YAML parser's time.
    return collectNames((file.endsWith('.json') ? JSON.parse(text) : parse(text)) as unknown);
  } catch (error) {
    warnings.push(`search: could not read ${file}: ${(error as Error).message}`);
    return new Map();
  }
}

/** Load the other-language names of companies, cities and tags from a vocabulary folder. */
export function loadEntityNames(vocabDir: string): { names: EntityNames; warnings: string[] } {
  const warnings: string[] = [];
  const names = {
    company: readNames(join(vocabDir, 'companies.yml'), warnings),
    city: readNames(join(vocabDir, 'cities.json'), warnings),
    tag: readNames(join(vocabDir, 'tags.yml'), warnings),
  };
  return { names, warnings };
}
