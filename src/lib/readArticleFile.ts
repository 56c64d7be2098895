import matter from 'gray-matter';
import { FAILSAFE_SCHEMA, Type, load, types } from 'js-yaml';

/*
 * The ingest writes plain YAML; it is read back as YAML 1.2's core schema (no `---js`, no
 * timestamps). js-yaml reads it in about a fifth of the `yaml` package's time (10,000 front
 * matters: 1.1 s against 5.7 s of CPU), and every build reads every article twice (Astro's loader
 * and the search index). Its numbers are those of the `yaml` package's core schema, which the
 * ingest's writer follows: js-yaml alone would also read `0b101` and `1_000` as numbers, which
 * the writer leaves unquoted as strings. tests/unit/readArticleFile.test.ts holds the two equal.
 */
const coreInt = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (s) => s !== null && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s),
  construct: (s) =>
    s.startsWith('0o')
      ? parseInt(s.slice(2), 8)
      : s.startsWith('0x')
        ? parseInt(s.slice(2), 16)
        : parseInt(s, 10),
});
const special = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const coreFloat = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (s) =>
    s !== null &&
    (special.test(s) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
      /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)),
  construct: (s) =>
    special.test(s)
      ? s.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : s.startsWith('-')
          ? -Infinity
          : Infinity
      : parseFloat(s),
});
const core = FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool, coreInt, coreFloat] });
const options = { engines: { yaml: (s: string) => load(s, { schema: core }) as object } };

/** Split an ingested article file into its front matter and Markdown body. */
export function readArticleFile(raw: string): { data: Record<string, unknown>; content: string } {
  const parsed = matter(raw, options as unknown as Parameters<typeof matter>[1]);
  return { data: parsed.data as Record<string, unknown>, content: parsed.content };
}
