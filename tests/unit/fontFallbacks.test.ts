import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackFace, fallbackStylesheet } from '../../scripts/fonts/fallbackFaces.ts';

describe('font fallback faces', () => {
  it('are current: src/styles/font-fallbacks.css is what scripts/fonts/fallbackFaces.ts writes', () => {
    const css = readFileSync(
      join(import.meta.dirname, '..', '..', 'src', 'styles', 'font-fallbacks.css'),
      'utf8',
    );
    expect(css).toBe(fallbackStylesheet());
  });

  it('scale the fallback to the web font: same average width, ascent and descent in the scaled em', () => {
    const font = { ascent: 900, descent: -300, lineGap: 100, unitsPerEm: 1000, xWidthAvg: 500 };
    const fallback = { ascent: 1800, descent: -400, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1024 };
    expect(fallbackFace('X Fallback', font, fallback, ['Arial'])).toBe(
      [
        '@font-face {',
        "  font-family: 'X Fallback';",
        "  src: local('Arial');",
        '  size-adjust: 100%;',
        '  ascent-override: 90%;',
        '  descent-override: 30%;',
        '  line-gap-override: 10%;',
        '}',
      ].join('\n'),
    );
  });
});
