import matter from 'gray-matter';
import { parseDocument, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/** A block split into its front matter (if any) and body. */
export interface FrontMatterResult {
  data: Record<string, unknown>;
  body: string;
  /** Set when the block had front matter that could not be read safely. */
  error?: string;
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
    return { data: {}, body, error: err instanceof Error ? err.message : String(err) };
  }
}
