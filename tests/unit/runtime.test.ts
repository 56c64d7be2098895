import { describe, expect, it } from 'vitest';

describe('runtime', () => {
  it('runs on the Node the project brings (>= 22.12, as Astro 7 needs)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
    expect(major > 22 || (major === 22 && minor >= 12), `node ${process.versions.node}`).toBe(true);
  });
});
