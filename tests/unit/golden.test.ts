import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Golden-file tests: every `tests/fixtures/<stage>/<case>/input.*` runs through the stage's
 * adapter in `tests/golden/<stage>.ts` and must equal `expected.*` byte for byte.
 * A missing expected file fails; `vitest -u` (a deliberate act) writes or rewrites it.
 */
const root = join(import.meta.dirname, '..', 'fixtures');
const stages = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(import.meta.dirname, '..', 'golden', `${d.name}.ts`)))
  .map((d) => d.name)
  .sort();

interface Adapter {
  /** File extension of the expected output, e.g. `md` or `json`. */
  expected: string;
  run(input: string, inputFile: string): string | Promise<string>;
}

const updating = () =>
  (expect.getState().snapshotState as unknown as { _updateSnapshot?: string })._updateSnapshot === 'all';

for (const stage of stages) {
  describe(`golden: ${stage}`, async () => {
    const adapter = (await import(`../golden/${stage}.ts`)) as Adapter;
    const cases = readdirSync(join(root, stage), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const name of cases) {
      it(name, async () => {
        const dir = join(root, stage, name);
        const input = readdirSync(dir).find((f) => f.startsWith('input.'));
        if (!input) throw new Error(`${dir} has no input.* file`);
        const expectedPath = join(dir, `expected.${adapter.expected}`);
        const actual = await adapter.run(readFileSync(join(dir, input), 'utf8'), join(dir, input));
        if (!existsSync(expectedPath) && !updating()) {
          throw new Error(`${expectedPath} is missing: write it by hand, or run vitest -u to record it`);
        }
        await expect(actual).toMatchFileSnapshot(expectedPath);
      });
    }
  });
}
