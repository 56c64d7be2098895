import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LacManifest } from '../stages/entities/lac/format.ts';
import { lacModel, type LacModel } from '../stages/entities/lac/model.ts';

/** content/models/lac-small beside a vocabulary folder (content/vocab). */
export const lacDir = (vocabDir: string): string => join(vocabDir, '..', 'models', 'lac-small');

/**
 * Load the converted LAC model (scripts/models/convertLac.ts) from `dir`; undefined when the
 * folder has none, so a vocabulary folder without models still recognises by rules alone.
 */
export function loadLacModel(dir: string): LacModel | undefined {
  const manifest = join(dir, 'model.json');
  if (!existsSync(manifest)) return undefined;
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as LacManifest;
  if (parsed.format !== 1) throw new Error(`${manifest}: unknown format ${String(parsed.format)}`);
  return lacModel(parsed, new Uint8Array(readFileSync(join(dir, 'weights.bin'))));
}
