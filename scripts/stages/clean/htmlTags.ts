/** HTML element names that count as markup when deciding whether a block is HTML. */
export const KNOWN_TAGS = new Set(
  (
    'a abbr address article aside b big blockquote body br caption center cite code dd del div dl dt em ' +
    'embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ins li ' +
    'link main meta nav noscript object ol p pre q s section small span strike strong style sub sup ' +
    'table tbody td tfoot th thead title tr tt u ul script svg video audio source picture button input ' +
    'select option textarea template base'
  ).split(' '),
);

/** Escape text for inclusion in HTML; `&` is kept so the parser decodes entities the scraper left. */
export function escapeText(text: string): string {
  return text
    .replace(/&(?![#a-zA-Z][a-zA-Z0-9]{0,31};)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escape an attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// A real tag: `<p>`, `</div>`, `<a href="…">`, `<br/>`; nothing may stand between `<` and the name.
const REAL_TAG = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?=[\s/>])[^<>]{0,2000}>/g;

/** Count the tags in `text` whose names are known HTML elements. */
export function countRealTags(text: string): number {
  let n = 0;
  for (const m of text.matchAll(REAL_TAG)) if (KNOWN_TAGS.has(m[1]!.toLowerCase())) n++;
  return n;
}
