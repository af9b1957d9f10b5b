// Password hashes: scrypt with a per-user salt; the cost is stored in the hash so it can be raised later. Sign-in checks
// them (features/auth) and the administrator sets them (features/users), so they live below both.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { passwordHasher } from './password-hasher';

/** N = 2^17, r = 8, p = 1, as the handbook sets for production. */
export const PRODUCTION_COST_LOG2 = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, costLog2: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** costLog2;
  return passwordHasher.derive(password, salt, KEY_LENGTH, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 });
}

export async function hashPassword(password: string, costLog2 = PRODUCTION_COST_LOG2): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, costLog2, BLOCK_SIZE, PARALLELISM);
  return ['scrypt', costLog2, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, costText, rText, pText, saltText, keyText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !keyText) return false;
  const expected = Buffer.from(keyText, 'base64');
  const actual = await derive(password, Buffer.from(saltText, 'base64'), Number(costText), Number(rText), Number(pText));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
