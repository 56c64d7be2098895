import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // A hang guard, not a speed check (speed lives in `npm run bench`): the hostile-input
          // tests must finish, and a backtracking regex on 2 MB would take minutes, not seconds,
          // while a loaded 2-core CI machine can stretch a 0.5 s test past vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // One build of the sample corpus serves every site and browser test.
          globalSetup: ['tests/site/buildOnce.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
