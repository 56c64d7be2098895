import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBody } from '../../scripts/stages/clean/cleanBody.ts';
import { closeContainers } from '../../scripts/stages/clean/closeContainers.ts';
import { loadBoilerplate } from '../../scripts/vocab/boilerplate.ts';

const boilerplate = loadBoilerplate(join(import.meta.dirname, '..', '..', 'content', 'vocab'));
const text = (html: string) => cleanBody(html, boilerplate).kept.join('\n');

describe('closeContainers', () => {
  it('leaves closed containers alone', () => {
    const html = '<p>One.</p><svg><path d="M0"/></svg><p>Two.</p>';
    expect(closeContainers(html)).toBe(html);
  });

  it.each(['svg', 'math', 'object', 'video', 'button', 'audio', 'canvas'])(
    'an unclosed <%s> no longer swallows the paragraphs after it',
    (tag) => {
      const html = `<p>The first paragraph of the story.</p><${tag} class="x"><p>The second paragraph of the story.</p><p>The last paragraph of the story.</p>`;
      expect(closeContainers(html)).toBe(
        `<p>The first paragraph of the story.</p><${tag} class="x"></${tag}><p>The second paragraph of the story.</p><p>The last paragraph of the story.</p>`,
      );
      const kept = text(html);
      expect(kept).toContain('The second paragraph of the story.');
      expect(kept).toContain('The last paragraph of the story.');
    },
  );

  it('closes only the container nothing ahead closes', () => {
    const html = '<svg><g></g><p>Kept.</p><svg><path/></svg>';
    expect(closeContainers(html)).toBe('<svg><g></g></svg><p>Kept.</p><svg><path/></svg>');
  });
});
