/** A tensor read from a PaddlePaddle parameter file: its shape and float32 values. */
export interface PaddleTensor {
  dims: number[];
  data: Float32Array;
}

/** Read a protobuf varint at `at`; returns the value and the offset after it. */
function varint(buf: Buffer, at: number): [number, number] {
  let value = 0;
  let shift = 1;
  let i = at;
  for (;;) {
    const b = buf[i++];
    if (b === undefined) throw new Error('truncated varint');
    value += (b & 0x7f) * shift;
    if (b < 0x80) return [value, i];
    shift *= 128;
  }
}

/**
 * Parse a serialised Paddle LoDTensor (fluid `save_persistables` format): uint32 version, uint64
 * LoD level count and levels, uint32 tensor version, int32 length of a TensorDesc protobuf
 * (field 1 data type, field 2 dims), then the raw little-endian values. Only FP32 is accepted.
 */
export function readPaddleTensor(buf: Buffer): PaddleTensor {
  let at = 4;
  const levels = Number(buf.readBigUInt64LE(at));
  at += 8;
  for (let l = 0; l < levels; l++) at += 8 + Number(buf.readBigUInt64LE(at));
  at += 4;
  const descLength = buf.readInt32LE(at);
  at += 4;
  const descEnd = at + descLength;
  let dtype = -1;
  const dims: number[] = [];
  while (at < descEnd) {
    const [key, next] = varint(buf, at);
    at = next;
    const field = key >>> 3;
    if ((key & 7) === 2) {
      const [length, from] = varint(buf, at);
      for (at = from; at < from + length;) {
        const [d, n] = varint(buf, at);
        dims.push(d);
        at = n;
      }
    } else {
      const [v, n] = varint(buf, at);
      at = n;
      if (field === 1) dtype = v;
      else if (field === 2) dims.push(v);
    }
  }
  // VarType.Type FP32 = 5.
  if (dtype !== 5) throw new Error(`unsupported Paddle data type ${dtype}`);
  const count = dims.reduce((a, b) => a * b, 1);
  if (buf.length - descEnd !== count * 4)
    throw new Error(`tensor size ${buf.length - descEnd} ≠ ${count} floats`);
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) data[i] = buf.readFloatLE(descEnd + i * 4);
  return { dims, data };
}
