import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPaddleTensor } from '../../scripts/models/paddleTensor.ts';
import { orgSpans } from '../../scripts/stages/entities/lac/orgSpans.ts';
import { tagChars } from '../../scripts/stages/entities/lac/tagger.ts';
import { lacDir, loadLacModel } from '../../scripts/vocab/lacModel.ts';

const vocabDir = join(import.meta.dirname, '..', '..', 'content', 'vocab');
const model = loadLacModel(lacDir(vocabDir));
if (!model) throw new Error('content/models/lac-small is missing (scripts/models/convertLac.ts)');

/** Words with their tag, joined as LAC's own reader does (a -B tag starts a word). */
function words(text: string): string[] {
  const chars = [...text];
  const tags = tagChars(model!, chars);
  const out: string[] = [];
  tags.forEach((t, i) => {
    const [kind = '', edge] = t.split('-');
    if (i === 0 || edge === 'B' || (t === 'O' && tags[i - 1] !== 'O')) out.push(`${chars[i]}/${kind}`);
    else out[out.length - 1] = out[out.length - 1]!.replace('/', `${chars[i]}/`);
  });
  return out;
}

/** A Paddle LoDTensor file: versions, no LoD, a TensorDesc (FP32 = 5, dims), the values. */
function paddleFile(dims: number[], values: number[], dtype = 5): Buffer {
  const desc = Buffer.from([0x08, dtype, ...dims.flatMap((d) => [0x10, d])]);
  const head = Buffer.alloc(4 + 8 + 4 + 4);
  head.writeUInt32LE(0, 0);
  head.writeBigUInt64LE(0n, 4);
  head.writeUInt32LE(0, 12);
  head.writeInt32LE(desc.length, 16);
  const data = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => data.writeFloatLE(v, i * 4));
  return Buffer.concat([head, desc, data]);
}

describe('Paddle parameter files', () => {
  it('reads the shape and the float values', () => {
    const t = readPaddleTensor(paddleFile([2, 3], [1, 2, 3, 4, 5, -6.5]));
    expect(t.dims).toEqual([2, 3]);
    expect([...t.data]).toEqual([1, 2, 3, 4, 5, -6.5]);
  });
  it('refuses other data types and a size that does not match the shape', () => {
    expect(() => readPaddleTensor(paddleFile([2], [1, 2], 6))).toThrow(/data type 6/);
    expect(() => readPaddleTensor(paddleFile([3], [1, 2]))).toThrow(/size/);
  });
});

describe('LAC lac_small ported to TypeScript', () => {
  it('segments and tags as the Paddle model does', () => {
    expect(words('我爱北京天安门')).toEqual(['我/r', '爱/v', '北京/LOC', '天安门/LOC']);
    expect(words('华为技术有限公司在深圳发布了新款手机')).toEqual([
      '华为技术有限公司/ORG',
      '在/p',
      '深圳/LOC',
      '发布/v',
      '了/u',
      '新款/n',
      '手机/n',
    ]);
  });
  it('finds an unlisted company and the person speaking for it', () => {
    expect(words('亚华乳业集团董事长张三表示，公司将在武汉设立研发中心。')).toEqual(
      expect.arrayContaining(['亚华乳业集团/ORG', '张三/PER', '武汉/LOC']),
    );
  });
  it('gives organisation spans at their offsets in the text, sentence by sentence', () => {
    const text = 'Hi！港铁公司与九巴宣布合作😀。今天，亚华乳业集团发布财报。';
    const spans = orgSpans(model, text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['港铁公司', '亚华乳业集团']);
    const cued = orgSpans(model, text, (s) => s.includes('财报')).map((s) => text.slice(s.start, s.end));
    expect(cued).toEqual(['亚华乳业集团']);
  });
  it('tags nothing in an empty text', () => {
    expect(tagChars(model, [])).toEqual([]);
    expect(orgSpans(model, '')).toEqual([]);
  });
});
