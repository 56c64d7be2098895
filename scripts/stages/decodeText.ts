/** Result of decoding corpus bytes: the text and whether invalid UTF-8 had to be replaced. */
export interface Decoded {
  text: string;
  invalidUtf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8', { fatal: false });

/** Decode corpus bytes as UTF-8, replacing invalid sequences with U+FFFD rather than failing. */
export function decodeText(bytes: Uint8Array): Decoded {
  try {
    return { text: strict.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: lenient.decode(bytes), invalidUtf8: true };
  }
}
