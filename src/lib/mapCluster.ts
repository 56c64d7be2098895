import type { Term } from './taxonomy.ts';

type City = { term: Term; count: number };

// The window matches the narrowest region worldMap draws (about 40° × 24°).
const HALF_LON = 20;
const HALF_LAT = 12;

/**
 * The cities crowded into one part of a world map, for a close-up: the 40° × 24° window, centred
 * on a city, that holds the most cities (ties to more articles, then the name). Undefined when
 * no window holds `min` cities, or one holds them all (the map is already that close-up).
 */
export function denseCluster(cities: readonly City[], min = 5): { centre: Term; cities: City[] } | undefined {
  const placed = cities.filter((c) => c.term.lat !== null && c.term.lon !== null);
  let best: { centre: City; cities: City[]; articles: number } | undefined;
  for (const c of placed) {
    const near = placed.filter(
      (o) =>
        Math.abs((o.term.lat ?? 0) - (c.term.lat ?? 0)) <= HALF_LAT &&
        Math.abs((o.term.lon ?? 0) - (c.term.lon ?? 0)) <= HALF_LON,
    );
    const articles = near.reduce((n, o) => n + o.count, 0);
    const better =
      !best ||
      near.length > best.cities.length ||
      (near.length === best.cities.length &&
        (articles > best.articles ||
          (articles === best.articles && c.term.name.localeCompare(best.centre.term.name, 'en') < 0)));
    if (better) best = { centre: c, cities: near, articles };
  }
  if (!best || best.cities.length < min || best.cities.length === placed.length) return undefined;
  // Name the close-up after its most-covered city.
  const top = [...best.cities].sort(
    (a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name, 'en'),
  )[0];
  return { centre: top?.term ?? best.centre.term, cities: best.cities };
}
