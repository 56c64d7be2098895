import matter from 'gray-matter';
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** A block split into its front matter (if any) and body. */
export interface FrontMatterResult {
  data: Record<string, unknown>;
  body: string;
  /** Set when the block had front matter that could not be read safely. */
  error?: string;
  /** Set when the YAML was invalid but every line was a plain `key: value`, read one by one. */
  lenient?: string;
}

const refuse = (lang: string) => () => {
  throw new Error(`front matter in "${lang}" is not accepted`);
};

// gray-matter's default engines include `---js`, which evaluates the block as JavaScript, and a
// YAML reader with custom tags. Corpus text is untrusted: only plain YAML (core schema, no custom
// tags, bounded aliases) and JSON are read.
// An alias bomb expands when converted to plain data: cap the aliases there.
const MAX_ALIASES = 50;
const yamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: 'core',
  customTags: [],
  uniqueKeys: false,
  logLevel: 'silent',
};

/**
 * Read YAML strictly: `parse` with logLevel 'silent' swallows syntax errors and returns whatever
 * it salvaged, and an unknown tag (`!!js/function`, `!!python/object/apply`) is only a warning.
 * Both make the front matter unreadable here, so the caller reports it and keeps the body.
 */
function readYaml(s: string): unknown {
  const doc = parseDocument(s, yamlOptions);
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw new Error((problem.message.split('\n')[0] ?? '').replace(/:$/, ''));
  return doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
}

const engines = {
  yaml: readYaml,
  json: (s: string) => JSON.parse(s) as unknown,
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  toml: refuse('toml'),
};

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;

// A value opening with one of these is YAML syntax on purpose (quotes, flow lists, block
// scalars): if it does not read, the strict error stands rather than a guess.
const YAML_OPENER = /^["'[{|>]/;

/**
 * One value of a `key: value` line: YAML where it reads as a scalar or a flat list, the plain text
 * where it is a plain scalar YAML rejects (an unquoted colon), or undefined where it is neither.
 */
function looseValue(raw: string): unknown {
  const text = raw.trim();
  // Tags, anchors and aliases are never a scraper's slip: an alias bomb or a !!js tag stays refused.
  if (/^[!&*]/.test(text)) return undefined;
  let value: unknown;
  try {
    value = readYaml(text);
  } catch {
    return YAML_OPENER.test(text) ? undefined : text;
  }
  if (Array.isArray(value))
    return value.every((v) => v === null || typeof v !== 'object') ? value : undefined;
  // An empty or null value reads as {} here; "A: B" reads as a mapping but is text with a colon.
  if (value !== null && typeof value === 'object') return YAML_OPENER.test(text) ? undefined : text;
  return value;
}

/**
 * Scrapers write Jekyll front matter that is not YAML (`title : Alert: X runs out of money`, an
 * unquoted colon). Where every line is a top-level `key: value`, read each value on its own;
 * anything nested or indented is not guessed at, and the strict error stands.
 */
function readLoosely(yamlText: string): Record<string, unknown> | null {
  const entries: [string, unknown][] = [];
  for (const line of yamlText.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    const m = KEY_LINE.exec(line.trimEnd());
    const value = m ? looseValue(m[2] ?? '') : undefined;
    if (!m || value === undefined) return null;
    entries.push([m[1] as string, value]);
  }
  // fromEntries makes every key an own property: a `__proto__ : x` line sets no prototype.
  return entries.length ? Object.fromEntries(entries) : null;
}

/** Separate YAML front matter from the body; unreadable front matter degrades to plain body text. */
export function readFrontMatter(text: string): FrontMatterResult {
  const trimmed = text.replace(/^\s*\n/, '');
  if (!trimmed.startsWith('---')) return { data: {}, body: text };
  try {
    // Passing options also turns off gray-matter's cache, which is keyed by the input string.
    const parsed = matter(trimmed, { engines } as unknown as Parameters<typeof matter>[1]);
    const data = parsed.data as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      return { data: {}, body: parsed.content, error: 'front matter is not a mapping' };
    }
    return { data: data as Record<string, unknown>, body: parsed.content };
  } catch (err) {
    // Keep the text as body so the article still builds; the caller reports why.
    const end = trimmed.indexOf('\n---', 3);
    const body = end > 0 ? trimmed.slice(trimmed.indexOf('\n', end + 1) + 1) : trimmed;
    const why = err instanceof Error ? err.message : String(err);
    const loose =
      end > 0 && !/^---[ \t]*(js|javascript|coffee|coffeescript|toml|json)\b/.test(trimmed)
        ? readLoosely(trimmed.slice(trimmed.indexOf('\n') + 1, end))
        : null;
    if (loose) return { data: loose, body, lenient: why };
    return { data: {}, body, error: why };
  }
}
