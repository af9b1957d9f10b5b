// The host's place on the local network (the LAN issue): its addresses, and the address ranges desks may call from.
import { BlockList, isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

export interface NetworkAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  /** The subnet it is on, as `192.168.1.0/24`. */
  cidr: string;
}

/** This computer's addresses on its networks (not loopback, not IPv6 link-local: a desk cannot be sent there by URL). */
export function networkAddresses(): NetworkAddress[] {
  const found: NetworkAddress[] = [];
  for (const entries of Object.values(networkInterfaces())) {
    for (const entry of entries ?? []) {
      if (entry.internal || !entry.cidr) continue;
      if (entry.family === 'IPv6' && entry.address.toLowerCase().startsWith('fe80:')) continue;
      found.push({ address: entry.address, family: entry.family, cidr: entry.cidr });
    }
  }
  return found;
}

const LOOPBACK = ['127.0.0.0/8', '::1/128'];

/** The ranges allowed when the administrator named none: loopback and the host's own subnets. */
export function defaultAllowedRanges(addresses: readonly NetworkAddress[] = networkAddresses()): string[] {
  return [...LOOPBACK, ...new Set(addresses.map((a) => a.cidr))];
}

/** `::ffff:192.168.1.5` (an IPv4 caller on a dual-stack socket) as the IPv4 address it is. */
const plainAddress = (address: string) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address);

/** The address a request came from, an IPv4 caller as its plain IPv4 address. */
export const callerAddress = (request: { socket: { remoteAddress?: string | undefined } }): string | undefined =>
  request.socket.remoteAddress === undefined ? undefined : plainAddress(request.socket.remoteAddress);

/** A set of address ranges (`10.0.0.0/8`, `fd00::/8`, or one address) that answers whether an address is in it. */
export class AddressRanges {
  private readonly list = new BlockList();

  /** Throws on a range that is not an address or `address/prefix`, naming it. */
  constructor(readonly ranges: readonly string[]) {
    for (const range of ranges) {
      const [address = '', prefixText] = range.trim().split('/');
      const family = isIP(address);
      const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
      if (family === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
        throw new Error(`Not an address range: ${range}`);
      }
      this.list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
    }
  }

  includes(address: string | undefined): boolean {
    if (!address) return false;
    const plain = plainAddress(address);
    const family = isIP(plain);
    return family !== 0 && this.list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }
}
