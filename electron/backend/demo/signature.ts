// A drawn signature for the demo data: the department manager's name (刘洋) written in strokes of a pen, rendered into a
// small PNG with a transparent background and returned as the data URL a signature pad would send.
import { deflateSync } from 'node:zlib';

type Point = [x: number, y: number];

/** 刘洋, stroke by stroke, each character in a unit box (y down). */
const CHARACTERS: Point[][][] = [
  [
    [[0.22, 0.1], [0.29, 0.2]],
    [[0.04, 0.31], [0.27, 0.29], [0.5, 0.26]],
    [[0.4, 0.3], [0.33, 0.5], [0.2, 0.7], [0.04, 0.86]],
    [[0.14, 0.44], [0.28, 0.62], [0.42, 0.78], [0.56, 0.88]],
    [[0.66, 0.24], [0.66, 0.46], [0.65, 0.64]],
    [[0.86, 0.06], [0.87, 0.5], [0.86, 0.95], [0.77, 0.87]],
  ],
  [
    [[0.07, 0.14], [0.14, 0.22]],
    [[0.03, 0.4], [0.12, 0.48]],
    [[0.03, 0.86], [0.1, 0.74], [0.17, 0.6]],
    [[0.39, 0.07], [0.45, 0.18]],
    [[0.73, 0.07], [0.64, 0.18]],
    [[0.32, 0.3], [0.58, 0.29], [0.83, 0.27]],
    [[0.36, 0.5], [0.58, 0.49], [0.79, 0.47]],
    [[0.27, 0.72], [0.6, 0.7], [0.92, 0.68]],
    [[0.58, 0.28], [0.58, 0.64], [0.57, 0.99]],
  ],
];

const WIDTH = 200;
const HEIGHT = 80;
const INK: [number, number, number] = [20, 35, 90];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** The pen's coverage (0-1) of each pixel: the distance to the nearest stroke, anti-aliased over one pixel. */
function coverage(): Float32Array {
  const alpha = new Float32Array(WIDTH * HEIGHT);
  const boxes = [
    { left: 14, top: 10, size: 64 },
    { left: 100, top: 8, size: 66 },
  ];
  CHARACTERS.forEach((strokes, c) => {
    const box = boxes[c]!;
    // A slight slant to the right, as a quick hand writes.
    const place = ([x, y]: Point): Point => [box.left + x * box.size + (1 - y) * 9, box.top + y * box.size * 0.95];
    for (const stroke of strokes) {
      const points = stroke.map(place);
      for (let s = 1; s < points.length; s++) {
        const [ax, ay] = points[s - 1]!;
        const [bx, by] = points[s]!;
        // The pen presses harder at the start of a stroke.
        const half = s === 1 ? 1.7 : 1.3;
        const dx = bx - ax;
        const dy = by - ay;
        const lengthSquared = dx * dx + dy * dy || 1;
        for (let y = Math.max(0, Math.floor(Math.min(ay, by) - 3)); y <= Math.min(HEIGHT - 1, Math.ceil(Math.max(ay, by) + 3)); y++) {
          for (let x = Math.max(0, Math.floor(Math.min(ax, bx) - 3)); x <= Math.min(WIDTH - 1, Math.ceil(Math.max(ax, bx) + 3)); x++) {
            const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
            const distance = Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
            const value = Math.max(0, Math.min(1, half + 0.5 - distance));
            alpha[y * WIDTH + x] = Math.max(alpha[y * WIDTH + x]!, value);
          }
        }
      }
    }
  });
  return alpha;
}

/** The signature as `data:image/png;base64,…` (8-bit RGBA, transparent where the pen did not go). */
export function demoSignature(): string {
  const alpha = coverage();
  const raw = Buffer.alloc((WIDTH * 4 + 1) * HEIGHT);
  for (let y = 0; y < HEIGHT; y++) {
    const row = y * (WIDTH * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < WIDTH; x++) {
      const at = row + 1 + x * 4;
      raw[at] = INK[0];
      raw[at + 1] = INK[1];
      raw[at + 2] = INK[2];
      raw[at + 3] = Math.round(alpha[y * WIDTH + x]! * 255);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(WIDTH, 0);
  header.writeUInt32BE(HEIGHT, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
