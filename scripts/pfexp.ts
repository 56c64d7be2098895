import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { close } from 'pagefind';
import { loadEntityNames } from './search/entityNames.ts';
import { buildRecords, writeShard } from './search/indexShard.ts';

const n = Number(process.argv[2] ?? 2000);
const variant = process.argv[3] ?? 'base';
const dir = '.bench/10000/articles';
const want = process.argv[4];
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().filter((f) => !want || readFileSync(`${dir}/${f}`, 'utf8').includes(`lang: "${want}"`)).slice(0, n);
const { names } = loadEntityNames('content/vocab');
let t = performance.now();
const c0 = process.cpuUsage();
buildRecords({ files, articles: dir, vocab: 'content/vocab', period: 'x', records: '/tmp/pfexp/r.jsonl' }, names);
const c1 = process.cpuUsage(c0);
console.log('records', ((c1.user + c1.system) / 1e6).toFixed(2), 's cpu');
if (variant !== 'base') {
  const lines = readFileSync('/tmp/pfexp/r.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of lines) {
    if (variant === 'nonames') delete r.meta.names;
    if (variant === 'nofilters') r.filters = {};
    if (variant === 'halfcontent') r.content = r.content.slice(0, r.content.length / 2);
    if (variant === 'nosort') delete r.sort;
    if (variant === 'nopunct') r.content = r.content.replace(/ [\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026] /g, ' ');
    if (variant === 'same') r.content = r.content + '';
  }
  writeFileSync('/tmp/pfexp/r.jsonl', lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}
function cpuOfTree(): number {
  const out: number[] = [];
  const walk = (p: number) => {
    for (const task of readdirSync(`/proc/${p}/task`)) {
      const kids = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
      if (kids) for (const k of kids.split(/\s+/).map(Number)) { out.push(k); walk(k); }
    }
  };
  walk(process.pid);
  let s = 0;
  for (const p of out) {
    const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
    s += (Number(f[11]) + Number(f[12])) / 100;
  }
  return s;
}
t = performance.now();
const n0 = process.cpuUsage();
await writeShard('/tmp/pfexp/r.jsonl', '/tmp/pfexp/out-' + variant, names, true);
const n1 = process.cpuUsage(n0);
console.log(variant, 'writeShard wall', ((performance.now() - t) / 1000).toFixed(2), 'node cpu', ((n1.user + n1.system) / 1e6).toFixed(2), 'pagefind cpu', cpuOfTree().toFixed(2));
await close();
