import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/** The one jieba with its default dictionary, loaded on first use (once per process). */
export function sharedJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** jieba's Chinese word cut (dictionary words only, no HMM, so the cut is stable). */
export function cutWords(text: string): string[] {
  return sharedJieba().cut(text, false);
}
