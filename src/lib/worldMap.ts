import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Term } from './taxonomy.ts';

/** A city on the map: a linked dot sized by its article count. */
export interface Dot {
  term: Term;
  count: number;
  x: number;
  y: number;
  r: number;
  /** Where the city's name is written on the map, for the few most-covered cities that fit. */
  label: { x: number; y: number; anchor: 'start' | 'end' } | null;
}

const round = (v: number) => Math.round(v * 10) / 10;
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Name the first `n` dots where a label fits beside them (right, else left) without hitting another. */
export function placeLabels(dots: Dot[], n: number, width: number, charWidth = 7.4): void {
  const taken: Box[] = [];
  for (const d of dots.slice(0, n)) {
    const w = d.term.name.length * charWidth;
    const top = d.y - 9;
    const right: Box = [d.x + d.r + 2, top, d.x + d.r + 4 + w, top + 14];
    const left: Box = [d.x - d.r - 4 - w, top, d.x - d.r - 2, top + 14];
    const fits = (b: Box) => b[0] >= 0 && b[2] <= width && !taken.some((t) => overlaps(t, b));
    const box = fits(right) ? right : fits(left) ? left : null;
    if (!box) continue;
    taken.push(box);
    d.label =
      box === right
        ? { x: round(d.x + d.r + 3), y: round(d.y + 4), anchor: 'start' }
        : { x: round(d.x - d.r - 3), y: round(d.y + 4), anchor: 'end' };
  }
}

/** Everything the map's SVG draws, in a `width` × `height` box. */
export interface MapModel {
  width: number;
  height: number;
  land: string;
  graticule: string;
  dots: Dot[];
  /** Cities the gazetteer has no coordinates for; the page lists them instead. */
  unplaced: { term: Term; count: number }[];
}

type Atlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Natural Earth country shapes at two scales: coarse for the world, finer for a region. */
export interface Atlases {
  world: Atlas;
  region: Atlas;
}

/** Read the `world-atlas` shapes (110 m and 50 m detail). */
export function loadAtlases(): Atlases {
  // Resolved from the project root, so it works from Astro's bundled build output too.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const read = (file: string) =>
    JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Atlas;
  return { world: read('countries-110m.json'), region: read('countries-50m.json') };
}

/**
 * Project the archive's cities onto a map fitted to where they are: the whole world when they
 * are spread across it, a region (never narrower than ~40° × 24°) when they cluster, as most
 * Chinese-news cities do. Dots are sized by the square root of their article count, so area
 * tracks coverage; bigger dots come first, so small ones stay clickable on top.
 */
export function worldMap(
  atlases: Atlases,
  cities: readonly { term: Term; count: number }[],
  width = 960,
  height = 540,
  labels = 8,
): MapModel {
  const placed = cities.filter((c) => c.term.lat !== null && c.term.lon !== null);
  const unplaced = cities.filter((c) => c.term.lat === null || c.term.lon === null);
  const lons = placed.map((c) => c.term.lon ?? 0);
  const lats = placed.map((c) => c.term.lat ?? 0);
  let [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const projection = geoNaturalEarth1();
  const world = !placed.length || east - west > 150 || north - south > 80;
  if (world)
    projection.fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'Sphere' },
    );
  else {
    const padLon = Math.max(6, (40 - (east - west)) / 2);
    const padLat = Math.max(4, (24 - (north - south)) / 2);
    [west, east] = [west - padLon, east + padLon];
    [south, north] = [Math.max(-80, south - padLat), Math.min(84, north + padLat)];
    projection.rotate([-(west + east) / 2, 0]).fitExtent(
      [
        [12, 12],
        [width - 12, height - 12],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [west, south],
          [east, north],
          [west, north],
          [east, south],
        ],
      },
    );
  }
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const atlas = world ? atlases.world : atlases.region;
  const countries = atlas.objects.countries;
  const max = Math.max(1, ...placed.map((c) => c.count));
  const dots: Dot[] = [];
  const byCoverage = [...placed].sort((a, b) => b.count - a.count || a.term.name.localeCompare(b.term.name));
  for (const c of byCoverage) {
    const xy = projection([c.term.lon ?? 0, c.term.lat ?? 0]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
    const r = round(3 + 11 * Math.sqrt(c.count / max));
    dots.push({ term: c.term, count: c.count, x: round(xy[0]), y: round(xy[1]), r, label: null });
  }
  placeLabels(dots, labels, width);
  return {
    width,
    height,
    land: path(feature(atlas, countries)) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    dots,
    unplaced,
  };
}
