const strict = new TextDecoder('utf-8', { fatal: true });

/** Whether a byte range is valid UTF-8. */
function valid(bytes: Uint8Array, start: number, end: number): boolean {
  try {
    strict.decode(bytes.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}

/**
 * The 1-based lines of a corpus file that hold invalid UTF-8, counting line ends as
 * `splitCorpus` does (CRLF, lone CR and LF), so the numbers match the blocks' marker lines.
 * CR and LF bytes never occur inside a multi-byte sequence, so each line can be checked alone.
 */
export function invalidUtf8Lines(bytes: Uint8Array): number[] {
  const bad: number[] = [];
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = bytes[i];
    if (i < bytes.length && b !== 0x0a && b !== 0x0d) continue;
    if (!valid(bytes, start, i)) bad.push(line);
    if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
    line++;
    start = i + 1;
  }
  return bad;
}
