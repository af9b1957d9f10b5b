// A desk's trust in the center's host (the LAN issue): the host's certificate is self-signed, so a desk confirms its
// SHA-256 fingerprint once (compared with the one the host shows) and from then on accepts that certificate and no
// other. No Electron here: the main process and the tests use it alike.
import { X509Certificate } from 'node:crypto';
import type { RequestOptions } from 'node:https';
import { connect, type PeerCertificate } from 'node:tls';

/** The port `npm run serve` and the desktop app's host listen on unless told otherwise. */
export const DEFAULT_HOST_PORT = 4780;

/** Where a host is: its address (a name, an IPv4 or a bracketed IPv6 address) and port. */
export interface HostAddress {
  name: string;
  port: number;
}

/** A host a desk has confirmed: where it is and the certificate it showed, whose fingerprint the user compared. */
export interface HostPin extends HostAddress {
  /** SHA-256 of the certificate, `AB:CD:…` upper case. */
  fingerprint: string;
  /** The certificate itself (PEM), trusted as its own authority for this host only. */
  certificate: string;
}

/** What a desk sees of a host before it trusts it. */
export interface HostProbe extends HostAddress {
  fingerprint: string;
  certificate: string;
  validTo: string;
}

/** Why a host cannot be pinned: what the user typed, or what the host did. */
export class PinError extends Error {
  constructor(readonly reason: 'address.invalid' | 'fingerprint.invalid' | 'host.unreachable' | 'host.notTls', message: string) {
    super(message);
    this.name = 'PinError';
  }
}

/**
 * Reads what a user types for the host: `192.168.1.20`, `192.168.1.20:4780`, `https://frontdesk:4780/`,
 * `[fd00::5]:4780`. Plain `http://` is refused: on the network the host speaks HTTPS only.
 */
export function parseHostAddress(typed: string): HostAddress {
  let text = typed.trim();
  if (/^http:\/\//i.test(text)) throw new PinError('address.invalid', 'The host speaks HTTPS only');
  text = text.replace(/^https:\/\//i, '').replace(/\/+$/, '');
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?)(?::(\d{1,5}))?$/i.exec(text);
  const port = match?.[2] === undefined ? DEFAULT_HOST_PORT : Number(match[2]);
  if (!match || port < 1 || port > 65535) throw new PinError('address.invalid', `Not a host address: ${typed}`);
  return { name: match[1]!.toLowerCase(), port };
}

/** `https://name:port` of a host. */
export const hostOrigin = (host: HostAddress) => `https://${host.name}:${host.port}`;

/** The address to connect to: a bracketed IPv6 address without its brackets. */
const connectName = (host: HostAddress) => host.name.replace(/^\[(.*)\]$/, '$1');

/**
 * A fingerprint as the host prints it (`AB:CD:…`), from what a user may type or paste: any case, with or without
 * colons, spaces or a `SHA-256` label. Throws unless it is 32 bytes.
 */
export function normalizeFingerprint(typed: string): string {
  const hex = typed.replace(/^\s*sha-?256\s*(fingerprint)?\s*[:=]?/i, '').replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) throw new PinError('fingerprint.invalid', 'A SHA-256 fingerprint is 64 hexadecimal digits');
  return hex.match(/../g)!.join(':');
}

export function sameFingerprint(a: string, b: string): boolean {
  try {
    return normalizeFingerprint(a) === normalizeFingerprint(b);
  } catch {
    return false;
  }
}

/**
 * Connects to the host without trusting it yet and answers the certificate it shows, for the user to compare with
 * the host's screen. Sends nothing over the connection.
 */
export function probeHost(host: HostAddress, timeoutMs = 5_000): Promise<HostProbe> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: connectName(host), port: host.port, rejectUnauthorized: false, timeout: timeoutMs }, () => {
      const peer = socket.getPeerCertificate(false) as PeerCertificate | null;
      socket.destroy();
      if (!peer?.raw) {
        reject(new PinError('host.notTls', 'The host showed no certificate'));
        return;
      }
      const certificate = new X509Certificate(peer.raw);
      resolve({ ...host, fingerprint: certificate.fingerprint256, certificate: certificate.toString(), validTo: certificate.validTo });
    });
    socket.on('timeout', () => {
      socket.destroy();
      reject(new PinError('host.unreachable', `No answer from ${hostOrigin(host)}`));
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // A plain-HTTP server answers the TLS greeting with text: "wrong version number" or the like.
      const notTls = /wrong version|unknown protocol|packet length/i.test(error.message);
      reject(new PinError(notTls ? 'host.notTls' : 'host.unreachable', `${hostOrigin(host)}: ${error.message}`));
    });
  });
}

/** A pin from a probe the user confirmed by comparing `confirmedFingerprint` with the host's screen. */
export function pinFromProbe(probe: HostProbe, confirmedFingerprint: string): HostPin {
  if (!sameFingerprint(probe.fingerprint, confirmedFingerprint)) {
    throw new PinError('fingerprint.invalid', 'The fingerprint confirmed is not the one the host showed');
  }
  return { name: probe.name, port: probe.port, fingerprint: normalizeFingerprint(probe.fingerprint), certificate: probe.certificate };
}

/**
 * TLS options that accept the pinned certificate only: it is the one authority trusted (so the chain checks), and the
 * name check is replaced by the fingerprint's (a desk may reach its host by an address the certificate does not
 * name). Any other certificate fails before a byte of the request is sent.
 */
export function pinnedTls(pin: HostPin): Pick<RequestOptions, 'ca' | 'checkServerIdentity' | 'rejectUnauthorized'> {
  return {
    ca: pin.certificate,
    rejectUnauthorized: true,
    checkServerIdentity: (_name, certificate) =>
      sameFingerprint(certificate.fingerprint256, pin.fingerprint) ? undefined : new Error(`The host's certificate is not the pinned one (${certificate.fingerprint256})`),
  };
}

/** The TLS errors that mean the host showed another certificate than the pinned one. */
const CERTIFICATE_CHANGED = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Whether a request failed because the host's certificate is not the pinned one (as opposed to the host being away). */
export function isCertificateChanged(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (typeof code === 'string' && CERTIFICATE_CHANGED.has(code)) || (typeof message === 'string' && message.includes('not the pinned one'));
}
