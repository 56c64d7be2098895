import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Term } from './taxonomy.ts';

/** Where a city's name is written: its baseline start, end or middle. */
export interface Label {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

/** A city on the map: a linked dot sized by its article count. */
export interface Dot {
  term: Term;
  count: number;
  x: number;
  y: number;
  r: number;
  /** The city's name at the wide size, where it fits without touching another name or dot. */
  label: Label | null;
  /** The same at the phone size (larger in map units, so fewer fit). */
  narrowLabel: Label | null;
}

/** Label sizes in map units: 13 reads as 13 px on a 960 px wide map, 30 as 12 px on a 390 px phone. */
export const LABEL_SIZES = { wide: 13, narrow: 30 } as const;

const round = (v: number) => Math.round(v * 10) / 10;
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/**
 * Name the dots, most covered first, wherever a name fits (right, left, above or below its dot)
 * without touching another name, any other dot, or the edge; the rest stay unnamed on the map
 * and are listed with the others under it. `size` is the font size in map units.
 */
export function placeLabels(
  dots: Dot[],
  width: number,
  height: number,
  size: number,
  set: 'label' | 'narrowLabel' = 'label',
): void {
  const pad = size * 0.2;
  const taken: Box[] = dots.map((d) => [d.x - d.r - 1, d.y - d.r - 1, d.x + d.r + 1, d.y + d.r + 1]);
  // Latin names average a little over half an em per character.
  const widthOf = (name: string) => name.length * size * 0.56;
  dots.forEach((d, i) => {
    const w = widthOf(d.term.name);
    const gap = d.r + pad;
    const options: [Box, Label][] = [
      [
        [d.x + gap, d.y - size * 0.5, d.x + gap + w, d.y + size * 0.5],
        { x: d.x + gap, y: d.y + size * 0.35, anchor: 'start' },
      ],
      [
        [d.x - gap - w, d.y - size * 0.5, d.x - gap, d.y + size * 0.5],
        { x: d.x - gap, y: d.y + size * 0.35, anchor: 'end' },
      ],
      [
        [d.x - w / 2, d.y - gap - size, d.x + w / 2, d.y - gap],
        { x: d.x, y: d.y - gap - size * 0.15, anchor: 'middle' },
      ],
      [
        [d.x - w / 2, d.y + gap, d.x + w / 2, d.y + gap + size],
        { x: d.x, y: d.y + gap + size * 0.85, anchor: 'middle' },
      ],
    ];
    const fits = (b: Box) =>
      b[0] >= 2 &&
      b[2] <= width - 2 &&
      b[1] >= 2 &&
      b[3] <= height - 2 &&
      !taken.some((t, k) => k !== i && overlaps(t, b));
    const hit = options.find(([box]) => fits(box));
    if (!hit) return;
    taken.push(hit[0]);
    d[set] = { x: round(hit[1].x), y: round(hit[1].y), anchor: hit[1].anchor };
  });
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
  /** The whole world, or a region fitted to where the cities are. */
  scope: 'world' | 'region';
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
    dots.push({
      term: c.term,
      count: c.count,
      x: round(xy[0]),
      y: round(xy[1]),
      r,
      label: null,
      narrowLabel: null,
    });
  }
  placeLabels(dots, width, height, LABEL_SIZES.wide, 'label');
  placeLabels(dots, width, height, LABEL_SIZES.narrow, 'narrowLabel');
  return {
    width,
    height,
    land: path(feature(atlas, countries)) ?? '',
    graticule: path(geoGraticule10()) ?? '',
    dots,
    unplaced,
    scope: world ? 'world' : 'region',
  };
}
