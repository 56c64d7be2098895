import { articleId } from '../stages/articleId.ts';
import { warn, type Block, type Warning } from './types.ts';

/* eslint-disable no-control-regex -- finding control characters is the point here */
const NUL = /\u0000/g;
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// Any character the counts below look for (NUL, ESC and the other controls, bidi): one scan that
// clears most blocks instead of four.
const ANY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const NAME_CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
/* eslint-enable no-control-regex */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Why a block name could not serve as a file name as it stands, or undefined when it could. */
function nameProblem(name: string): string | undefined {
  if (NAME_CONTROL.test(name)) return 'holds control, bidi or zero-width characters';
  if (/[/\\]|%2[ef]/i.test(name)) return 'looks like a path';
  if (name.startsWith('.')) return 'starts with a dot';
  if (DEVICE.test(name)) return 'is a reserved device name';
  if (name.length > 200) return `is ${name.length} characters long`;
  return undefined;
}

/** What a text holds of NULs, ANSI escapes, other controls and bidi overrides, counted. */
function controlParts(text: string): string[] {
  const ansi = text.includes('\u001b') ? count(text, ANSI) : 0;
  const found = [
    [count(text, NUL), 'NUL byte'],
    [ansi, 'ANSI escape'],
    [count(ansi ? text.replace(ANSI, '') : text, CONTROL), 'control character'],
    [count(text, BIDI), 'bidi override'],
  ] as const;
  return found.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}${n === 1 ? '' : 's'}`);
}

/**
 * Warnings about a block that the pipeline repairs silently: control characters, NULs, ANSI
 * escapes and bidi overrides in its text (normalisation removes them), and a name that is not a
 * safe file name (the id is a slug plus a hash, so the name never reaches the file system).
 */
export function inspectBlock(block: Block): Warning[] {
  const warnings: Warning[] = [];
  const where = { file: block.file, line: block.line, name: block.name };
  const text = block.text;
  const parts = ANY.test(text) ? controlParts(text) : [];
  const id = () => articleId(block.name, block.text);
  if (parts.length > 0)
    warnings.push(warn({ ...where, id: id() }, 'control-chars', `removed ${parts.join(', ')}`));
  const problem = nameProblem(block.name);
  if (problem) {
    // Invisible characters are spelt out so the report cannot mislead whoever reads it.
    const shown = JSON.stringify(block.name.length > 80 ? `${block.name.slice(0, 80)}…` : block.name).replace(
      /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    warnings.push(
      warn(
        { ...where, id: id() },
        'unsafe-name',
        `block name ${shown} ${problem}; the article id is ${id()}`,
      ),
    );
  }
  return warnings;
}
