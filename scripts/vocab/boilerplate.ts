import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { BoilerplateVocab } from '../stages/stripBoilerplate.ts';

const fileSchema = z.object({
  paragraphs: z.array(z.object({ kind: z.string().min(1), pattern: z.string().min(1) })),
});

/** Read `boilerplate.yml` from a vocab folder and compile its patterns to whole-paragraph regexes. */
export function loadBoilerplate(dir: string): BoilerplateVocab {
  const file = join(dir, 'boilerplate.yml');
  const data = fileSchema.parse(parse(readFileSync(file, 'utf8')));
  return {
    paragraphs: data.paragraphs.map(({ kind, pattern }) => {
      try {
        return { kind, pattern: new RegExp(`^(?:${pattern})$`, 'iu') };
      } catch (cause) {
        throw new Error(`${file}: bad pattern for ${kind}: ${pattern}`, { cause });
      }
    }),
  };
}
