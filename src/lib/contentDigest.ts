/*
 * An article file records where its block was in the corpus (`origin`: file, line, name), which
 * no page shows and the search index does not hold. Removing an early block moves the line of
 * every later one, so keys that hash the whole file would re-render and re-index articles that
 * did not change. Keys hash the file without its origin instead; the data store's digest keeps
 * both parts, so the stored front matter still follows the file.
 */

// The ingest writes origin as a block of three indented lines (serialiseArticle.ts, INTERFACE §3).
const ORIGIN = /^origin:\n(?: {2}\S.*\n){3}/m;

/** An article file's text without its origin block (the whole text when it has none). */
export function withoutOrigin(raw: string): string {
  return raw.replace(ORIGIN, '');
}

/** An article file's origin block ('' when it has none). */
export function originOf(raw: string): string {
  return ORIGIN.exec(raw)?.[0] ?? '';
}

/**
 * The loader's digest: `<what the article says>.<where it came from>`, each part its own hash.
 * `shown` is whatever else the article's pages show that its file does not hold (the gazetteer's
 * place names for an article with `places`), so changing it re-reads and re-renders the article.
 */
export function fileDigest(raw: string, hash: (text: string) => string, shown = ''): string {
  return `${hash(withoutOrigin(raw) + shown)}.${hash(originOf(raw))}`;
}

/** The part of a loader digest that covers what the article says (not where it came from). */
export function contentPart(digest: string | number | undefined): string | undefined {
  return digest === undefined ? undefined : String(digest).split('.')[0];
}
