import type { PipelineContext } from '../pipeline.ts';
import { loadBoilerplate } from './boilerplate.ts';
import { loadCities } from './cities.ts';
import { loadCompanies } from './companies.ts';
import { loadDigests } from './digests.ts';
import { loadPlaces } from './places.ts';
import { loadRelations } from './relations.ts';
import { loadSites } from './sites.ts';
import { loadTags } from './tags.ts';

/** What a run asks for beyond the vocabularies: `tagger` loads the LAC model (ingest --tag-orgs). */
export interface ContextOptions {
  tagger?: boolean;
}

/** Load every vocabulary from `dir` and compile its matchers, once per run (or per worker). */
export function loadContext(dir: string, opts: ContextOptions = {}): PipelineContext {
  const cities = loadCities(dir);
  return {
    boilerplate: loadBoilerplate(dir),
    sites: loadSites(dir),
    companies: loadCompanies(dir, opts),
    cities,
    places: loadPlaces(dir, cities),
    tags: loadTags(dir),
    relations: loadRelations(dir),
    digests: loadDigests(dir),
  };
}
