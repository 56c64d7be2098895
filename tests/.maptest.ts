import { loadAtlas, worldMap } from '/work/main/src/lib/worldMap.ts';
const atlas = loadAtlas();
const t = (name: string, lat: number, lon: number) => ({ kind: 'cities' as const, name, zh: null, slug: name.toLowerCase(), lat, lon });
let t0 = performance.now();
const m = worldMap(atlas, [{ term: t('Wuhan', 30.58, 114.27), count: 3 }, { term: t('Jinan', 36.67, 117), count: 2 }, { term: t('Hong Kong', 22.3, 114.2), count: 1 }]);
console.log(performance.now() - t0, m.land.length, m.borders.length, m.graticule.length, m.dots);
t0 = performance.now();
const w = worldMap(atlas, [{ term: t('Wuhan', 30.58, 114.27), count: 3 }, { term: t('NY', 40.7, -74), count: 2 }]);
console.log(performance.now() - t0, w.land.length, w.borders.length, w.dots);
