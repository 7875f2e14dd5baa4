// Which IP literals a proxy must never ask. The WHATWG URL parser (the same in Node, workerd, Deno and Bun) has
// already turned every IPv4 spelling (decimal `2130706433`, octal `0177.1`, hex `0x7f.1`, short `127.1`) into dotted
// form and every IPv6 address into its compressed form, so these checks read only those two shapes.

interface Range {
  /** The first address, as 32-bit (IPv4) or 128-bit (IPv6) number. */
  base: bigint;
  /** How many leading bits an address shares with `base`. */
  prefix: number;
  /** What the range is, completing "… is ". */
  kind: string;
}

const range = (base: bigint, prefix: number, kind: string): Range => ({ base, prefix, kind });

/** IPv4 ranges that are not the public internet (IANA's special-purpose registry, RFC 6890 and successors). */
const IPV4_REFUSED: readonly Range[] = [
  range(0x00000000n, 8, 'an unspecified address'),
  range(0x0a000000n, 8, 'a private address'),
  range(0x64400000n, 10, 'a carrier-grade NAT address'),
  range(0x7f000000n, 8, 'a loopback address'),
  // Cloud metadata services (169.254.169.254) live here.
  range(0xa9fe0000n, 16, 'a link-local address'),
  range(0xac100000n, 12, 'a private address'),
  range(0xc0000000n, 24, 'a reserved address'),
  range(0xc0000200n, 24, 'a documentation address'),
  range(0xc0586300n, 24, 'a reserved address'),
  range(0xc0a80000n, 16, 'a private address'),
  range(0xc6120000n, 15, 'a benchmarking address'),
  range(0xc6336400n, 24, 'a documentation address'),
  range(0xcb007100n, 24, 'a documentation address'),
  range(0xe0000000n, 4, 'a multicast address'),
  // 240.0.0.0/4 ends with the broadcast address 255.255.255.255.
  range(0xf0000000n, 4, 'a reserved address'),
];

const v6 = (groups: string): bigint => groupsValue(expandIpv6(groups) ?? []);

/** IPv6 ranges that are not the public internet. Ranges that embed an IPv4 address are read apart, below. */
const IPV6_REFUSED: readonly Range[] = [
  range(0n, 128, 'an unspecified address'),
  range(1n, 128, 'a loopback address'),
  // What remains of ::/8: IPv4-compatible addresses (deprecated) and other reserved space.
  range(0n, 8, 'a reserved address'),
  range(v6('64:ff9b:1::'), 48, 'a private address'),
  range(v6('100::'), 64, 'a reserved address'),
  // IETF protocol assignments, Teredo tunnels (2001::/32, whose client address is hidden) among them.
  range(v6('2001::'), 23, 'a reserved address'),
  range(v6('2001:db8::'), 32, 'a documentation address'),
  range(v6('3fff::'), 20, 'a documentation address'),
  range(v6('fc00::'), 7, 'a private address'),
  range(v6('fe80::'), 10, 'a link-local address'),
  range(v6('fec0::'), 10, 'a private address'),
  range(v6('ff00::'), 8, 'a multicast address'),
];

/** IPv6 prefixes whose addresses carry an IPv4 address, and where its 32 bits sit (counted from the right). */
const IPV4_CARRIERS: readonly { base: bigint; prefix: number; shift: bigint; name: string }[] = [
  { base: v6('::ffff:0:0'), prefix: 96, shift: 0n, name: 'maps' },
  { base: v6('64:ff9b::'), prefix: 96, shift: 0n, name: 'translates to' },
  { base: v6('2002::'), prefix: 16, shift: 80n, name: 'tunnels to' },
];

function inRange(value: bigint, bits: number, { base, prefix }: Range | { base: bigint; prefix: number }): boolean {
  const shift = BigInt(bits - prefix);
  return value >> shift === base >> shift;
}

function ipv4Value(hostname: string): bigint | null {
  const parts = hostname.split('.');
  if (parts.length !== 4 || parts.some(part => !/^\d{1,3}$/.test(part) || Number(part) > 255)) return null;
  return parts.reduce((value, part) => (value << 8n) | BigInt(part), 0n);
}

const dotted = (value: bigint) => [24n, 16n, 8n, 0n].map(shift => String((value >> shift) & 0xffn)).join('.');

/** The eight 16-bit groups of an IPv6 address in text (with `::` and a dotted tail allowed), or null. */
function expandIpv6(text: string): number[] | null {
  let address = text;
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (tail) {
    const value = ipv4Value(tail[1]);
    if (value === null) return null;
    address = `${address.slice(0, tail.index)}${(value >> 16n).toString(16)}:${(value & 0xffffn).toString(16)}`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const read = (half: string) => (half ? half.split(':') : []);
  const head = read(halves[0]);
  const rest = halves.length === 2 ? read(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.some(group => !/^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map(group => parseInt(group, 16));
}

function groupsValue(groups: readonly number[]): bigint {
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

function refusedIpv4(value: bigint): string | null {
  return IPV4_REFUSED.find(candidate => inRange(value, 32, candidate))?.kind ?? null;
}

function refusedIpv6(value: bigint): string | null {
  for (const carrier of IPV4_CARRIERS) {
    if (!inRange(value, 128, carrier)) continue;
    const ipv4 = (value >> carrier.shift) & 0xffffffffn;
    const kind = refusedIpv4(ipv4);
    return kind && `an address that ${carrier.name} ${dotted(ipv4)}, ${kind}`;
  }
  return IPV6_REFUSED.find(candidate => inRange(value, 128, candidate))?.kind ?? null;
}

/**
 * Why a proxy must not ask `hostname`, completing "<hostname> is …", or null when it may. `hostname` is spelled as
 * `URL.hostname` gives it, or as a DNS lookup gives an address (IPv6 without brackets), so a deployer's own
 * connection check can ask the same question of the address a name resolved to. Refused: `localhost` and its subdomains (RFC 6761 keeps them on the machine itself), and IP literals in
 * loopback, private, link-local, carrier-grade NAT, multicast, unspecified, documentation and other reserved ranges,
 * IPv6 addresses that carry such an IPv4 address included. A host *name* that resolves to such an address cannot be
 * seen here: standard `fetch` resolves names itself.
 */
export function refusedAddress(hostname: string): string | null {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  if (name === 'localhost' || name.endsWith('.localhost')) return 'the machine itself (localhost)';
  if (name.includes(':')) {
    const groups = expandIpv6(name.replace(/^\[(.*)\]$/, '$1'));
    return groups ? refusedIpv6(groupsValue(groups)) : 'not an IPv6 address that can be read';
  }
  const ipv4 = ipv4Value(name);
  if (ipv4 !== null) return refusedIpv4(ipv4);
  // A name ending in a number would have been read as IPv4 by the URL parser; one that is left is no host name.
  return /(^|\.)(0x[0-9a-f]*|\d+)$/i.test(name) ? 'not an address that can be read' : null;
}
