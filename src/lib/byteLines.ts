/**
 * The lines of a file's bytes, decoded one at a time: a large archive's cache file may be longer
 * than the longest string V8 can make, so it is never decoded whole.
 */
export function* byteLines(bytes: Buffer): Generator<string> {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
}
