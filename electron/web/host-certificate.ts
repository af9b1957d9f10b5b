// The host's TLS certificate (the LAN issue): made on the first start as the center's host, kept in the data folder,
// renewed a month before it expires. Self-signed: desks pin its SHA-256 fingerprint, which the host shows to compare.
import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface HostCertificate {
  cert: string;
  key: string;
  /** SHA-256 of the certificate, as `AB:CD:…`: what a desk confirms once and pins. */
  fingerprint: string;
  validTo: Date;
}

/** The names a certificate is made for: the host's network addresses, its host name, and this computer's own. */
export interface HostNames {
  dnsNames: string[];
  addresses: string[];
}

const VALID_DAYS = 825;
const RENEW_DAYS_BEFORE = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

const folderOf = (dataDir: string) => join(dataDir, 'tls');

function read(dataDir: string): HostCertificate | null {
  const certPath = join(folderOf(dataDir), 'host.crt');
  const keyPath = join(folderOf(dataDir), 'host.key');
  if (!existsSync(certPath) || !existsSync(keyPath)) return null;
  const cert = readFileSync(certPath, 'utf8');
  const parsed = new X509Certificate(cert);
  return { cert, key: readFileSync(keyPath, 'utf8'), fingerprint: parsed.fingerprint256, validTo: new Date(parsed.validTo) };
}

/** Writes a file whole or not at all (a crash mid-write leaves the old one), readable by this user only. */
function writePrivately(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text, { mode: 0o600 });
  chmodSync(`${path}.tmp`, 0o600);
  renameSync(`${path}.tmp`, path);
}

/**
 * The host's certificate: the one kept in the data folder while it has more than a month to run, else a new one for
 * `names` (its fingerprint changes: desks are asked to confirm the new one).
 */
export async function hostCertificate(dataDir: string, names: HostNames, now = new Date()): Promise<HostCertificate> {
  const kept = read(dataDir);
  if (kept && kept.validTo.getTime() - now.getTime() > RENEW_DAYS_BEFORE * DAY_MS) return kept;
  const made = await generate([{ name: 'commonName', value: 'Aftersales Desk host' }, { name: 'organizationName', value: 'Aftersales Desk' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - DAY_MS),
    notAfterDate: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...names.dnsNames.map((value) => ({ type: 2 as const, value })), ...names.addresses.map((ip) => ({ type: 7 as const, ip }))],
      },
    ],
  });
  mkdirSync(folderOf(dataDir), { recursive: true, mode: 0o700 });
  writePrivately(join(folderOf(dataDir), 'host.key'), made.private);
  writePrivately(join(folderOf(dataDir), 'host.crt'), made.cert);
  return read(dataDir)!;
}
