import matter from 'gray-matter';
import { parse } from 'yaml';

// The ingest writes plain YAML; read it back with a plain YAML reader (core schema, no `---js`).
const options = { engines: { yaml: (s: string) => parse(s, { schema: 'core' }) as object } };

/** Split an ingested article file into its front matter and Markdown body. */
export function readArticleFile(raw: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(raw, options as unknown as Parameters<typeof matter>[1]);
  return { data: parsed.data as Record<string, unknown>, content: parsed.content };
}
