import { splitCorpus } from '../../scripts/stages/splitCorpus.ts';

/** Expected output is JSON: the blocks and warnings the splitter returns. */
export const expected = 'json';

/** Split the input as a corpus file called `corpus.txt`. */
export function run(input: string): string {
  return JSON.stringify(splitCorpus(input, 'corpus.txt'), null, 2) + '\n';
}
