import type { PipelineContext } from '../pipeline.ts';
import { loadBoilerplate } from './boilerplate.ts';

/** Load every vocabulary from `dir` and build the pipeline's recognisers once per run. */
export function loadContext(dir: string): PipelineContext {
  return { boilerplate: loadBoilerplate(dir) };
}
