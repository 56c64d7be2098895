/**
 * Cities that share a name are different places on the site: an article's `places` (the
 * gazetteer slug the ingest chose for an ambiguous name) turns its `Cambridge` into the place's own
 * name, `Cambridge (Massachusetts)`, which has its own page, slug and dot on the map. The ingest
 * keeps the name as the text gives it; the site, the search index and the feeds read it here.
 */

type Data = Record<string, unknown>;

/** Gazetteer names by slug, from the city vocabulary's entries. */
export function placeNamesBySlug(entries: Iterable<{ name: string; slug?: string }>): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) if (e.slug) map.set(e.slug, e.name);
  return map;
}

/**
 * Front matter with every ambiguous city (in `cities` and in `relations`) named as its place.
 * Data without `places`, or whose slugs the gazetteer does not know, comes back unchanged.
 */
export function withPlaceNames<T extends Data>(data: T, bySlug: ReadonlyMap<string, string>): T {
  const places = data.places;
  if (typeof places !== 'object' || places === null || Array.isArray(places)) return data;
  const rename = (name: unknown): unknown => {
    const slug = typeof name === 'string' ? (places as Data)[name] : undefined;
    return (typeof slug === 'string' && bySlug.get(slug)) || name;
  };
  const out: Data = { ...data };
  if (Array.isArray(data.cities)) out.cities = [...new Set(data.cities.map(rename))];
  if (Array.isArray(data.relations))
    out.relations = data.relations.map((r: unknown) =>
      typeof r === 'object' && r !== null && 'city' in r ? { ...r, city: rename((r as Data).city) } : r,
    );
  return out as T;
}
