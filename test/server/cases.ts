// The addresses the proxy's tests ask for, shared by the tests in Node and in workerd. Each refused address comes
// with the status it must get and words its one-line reason must hold.

/** The hosts list every test proxy is made with. */
export const HOSTS = ['news.example', '*.feeds.example', 'ports.example:8080', 'пример.рф', '93.184.215.14', '[2606:4700:4700::1111]'];

export interface RefusedCase {
  /** What the table calls it. */
  name: string;
  /** The value of ?url=, or null for a request without one. */
  address: string | null;
  status: number;
  /** Words the reason must hold. */
  reason: string;
}

const feed = (host: string) => `http://${host}/feed.xml`;
const refused = (name: string, address: string | null, status: number, reason: string): RefusedCase => ({ name, address, status, reason });
const loopback = (name: string, host: string) => refused(name, feed(host), 403, 'is a loopback address');

/** Where the feed server's /hop/<name> paths redirect to, for the redirect rows below. */
export const REDIRECTS: Record<string, string> = {
  '/hop/loopback': 'http://127.0.0.1/feed.xml',
  '/hop/metadata': 'http://169.254.169.254/latest/meta-data/',
  '/hop/unlisted': 'https://evil.example/feed.xml',
  '/hop/file': 'file:///etc/passwd',
  '/hop/decimal': 'http://2130706433:8080/',
  '/hop/relative': '/hop/relative-2',
  '/hop/relative-2': 'http://[::ffff:10.1.2.3]/feed.xml',
  // Four hops: one more than the proxy follows.
  '/hop/1': '/hop/2',
  '/hop/2': '/hop/3',
  '/hop/3': '/hop/4',
  '/hop/4': '/feed.xml',
};

export const REFUSED: readonly RefusedCase[] = [
  refused('no address', null, 400, 'Give ?url= the address of a feed'),
  refused('not an address', 'feed.xml', 400, 'is not an absolute address'),
  refused('ftp', 'ftp://news.example/feed.xml', 400, 'ftp: addresses are not proxied'),
  refused('file', 'file:///etc/passwd', 400, 'file: addresses are not proxied'),
  refused('javascript', 'javascript:alert(1)', 400, 'javascript: addresses are not proxied'),
  refused('data', 'data:text/xml,<rss/>', 400, 'data: addresses are not proxied'),
  refused('credentials', 'https://user:secret@news.example/feed.xml', 400, 'user name or password'),
  loopback('loopback, dotted', '127.0.0.1'),
  loopback('loopback, short', '127.1'),
  loopback('loopback, decimal', '2130706433'),
  loopback('loopback, hex', '0x7f000001'),
  loopback('loopback, hex parts', '0x7f.0x0.0x0.0x1'),
  loopback('loopback, octal', '0177.0.0.1'),
  loopback('loopback, octal whole', '017700000001'),
  loopback('loopback, trailing dot and port', '127.0.0.1.:8080'),
  loopback('loopback, another of 127/8', '127.255.255.254'),
  loopback('IPv6 loopback', '[::1]'),
  loopback('IPv6 loopback, long form', '[0:0:0:0:0:0:0:1]'),
  refused('IPv4-mapped loopback', feed('[::ffff:127.0.0.1]'), 403, 'maps 127.0.0.1, a loopback address'),
  refused('IPv4-mapped loopback, hex', feed('[::ffff:7f00:1]'), 403, 'maps 127.0.0.1, a loopback address'),
  refused('localhost', feed('localhost'), 403, 'the machine itself (localhost)'),
  refused('localhost, capitals and trailing dot', feed('LOCALHOST.:3000'), 403, 'the machine itself (localhost)'),
  refused('a name under localhost', feed('feeds.localhost'), 403, 'the machine itself (localhost)'),
  refused('unspecified', feed('0.0.0.0'), 403, 'is an unspecified address'),
  refused('unspecified, as 0', feed('0'), 403, 'is an unspecified address'),
  refused('IPv6 unspecified', feed('[::]'), 403, 'is an unspecified address'),
  refused('private 10/8', feed('10.0.0.1'), 403, 'is a private address'),
  refused('private 172.16/12', feed('172.16.0.1'), 403, 'is a private address'),
  refused('private 172.16/12, its last', feed('172.31.255.255'), 403, 'is a private address'),
  refused('private 192.168/16', feed('192.168.1.1'), 403, 'is a private address'),
  refused('private, decimal', feed('3232235777'), 403, 'is a private address'),
  refused('private, hex and octal mixed', feed('0xc0.0250.1.1'), 403, 'is a private address'),
  refused('IPv6 unique local', feed('[fd00::1]'), 403, 'is a private address'),
  refused('IPv4-mapped private', feed('[::ffff:10.0.0.1]'), 403, 'maps 10.0.0.1, a private address'),
  refused('cloud metadata', 'http://169.254.169.254/latest/meta-data/', 403, 'is a link-local address'),
  refused('cloud metadata, hex', feed('0xa9fea9fe'), 403, 'is a link-local address'),
  refused('cloud metadata, decimal', feed('2852039166'), 403, 'is a link-local address'),
  refused('IPv6 link-local', feed('[fe80::1]'), 403, 'is a link-local address'),
  refused('IPv4-mapped metadata', feed('[::ffff:169.254.169.254]'), 403, 'maps 169.254.169.254, a link-local address'),
  refused('NAT64 of metadata', feed('[64:ff9b::169.254.169.254]'), 403, 'translates to 169.254.169.254'),
  refused('6to4 of metadata', feed('[2002:a9fe:a9fe::1]'), 403, 'tunnels to 169.254.169.254'),
  refused('carrier-grade NAT', feed('100.64.0.1'), 403, 'is a carrier-grade NAT address'),
  refused('carrier-grade NAT, its last', feed('100.127.255.255'), 403, 'is a carrier-grade NAT address'),
  refused('multicast', feed('224.0.0.1'), 403, 'is a multicast address'),
  refused('IPv6 multicast', feed('[ff02::1]'), 403, 'is a multicast address'),
  refused('broadcast', feed('255.255.255.255'), 403, 'is a reserved address'),
  refused('a host not listed', 'https://evil.example/feed.xml', 403, 'evil.example is not on this proxy\'s list of hosts'),
  refused('a listed name inside another', 'https://news.example.evil.example/feed.xml', 403, 'is not on this proxy\'s list'),
  refused('a listed name as a suffix without its dot', 'https://evilnews.example/feed.xml', 403, 'is not on this proxy\'s list'),
  refused('the apex of a *.suffix pattern', 'https://feeds.example/feed.xml', 403, 'is not on this proxy\'s list'),
  refused('a listed host on a port not listed', 'https://news.example:8443/feed.xml', 403, 'news.example:8443 is not on this proxy\'s list'),
  refused('a public IP literal not listed', feed('8.8.8.8'), 403, '8.8.8.8 is not on this proxy\'s list'),
  refused('a redirect to loopback', 'http://news.example/hop/loopback', 502, 'redirected to http://127.0.0.1/feed.xml: 127.0.0.1 is a loopback address'),
  refused('a redirect to cloud metadata', 'http://news.example/hop/metadata', 502, '169.254.169.254 is a link-local address'),
  refused('a redirect to a host not listed', 'http://news.example/hop/unlisted', 502, 'evil.example is not on this proxy\'s list'),
  refused('a redirect to a file', 'http://news.example/hop/file', 502, 'file: addresses are not proxied'),
  refused('a redirect to a decimal loopback', 'http://news.example/hop/decimal', 502, '127.0.0.1 is a loopback address'),
  refused('a second redirect to a mapped private address', 'http://news.example/hop/relative', 502, 'maps 10.1.2.3, a private address'),
  refused('more than 3 redirects', 'http://news.example/hop/1', 502, 'redirected more than 3 times'),
];

/** Addresses the proxy asks for, each with the host the feed server must see asked. */
export const ALLOWED: readonly { name: string; address: string; host: string }[] = [
  { name: 'a listed name over http', address: 'http://news.example/feed.xml', host: 'news.example' },
  { name: 'a listed name over https', address: 'https://news.example/feed.xml', host: 'news.example' },
  { name: 'a listed name in capitals with a trailing dot', address: 'https://NEWS.Example./feed.xml', host: 'news.example.' },
  { name: 'a listed name with its default port spelled out', address: 'https://news.example:443/feed.xml', host: 'news.example' },
  { name: 'a name under a *.suffix pattern', address: 'https://a.feeds.example/feed.xml', host: 'a.feeds.example' },
  { name: 'a name two levels under a *.suffix pattern', address: 'https://a.b.feeds.example/feed.xml', host: 'a.b.feeds.example' },
  { name: 'a listed host on its listed port', address: 'http://ports.example:8080/feed.xml', host: 'ports.example:8080' },
  { name: 'an internationalized name, listed in Unicode', address: 'https://пример.рф/feed.xml', host: 'xn--e1afmkfd.xn--p1ai' },
  { name: 'a listed public IPv4 literal', address: 'http://93.184.215.14/feed.xml', host: '93.184.215.14' },
  { name: 'a listed public IPv6 literal', address: 'http://[2606:4700:4700::1111]/feed.xml', host: '[2606:4700:4700::1111]' },
  { name: 'three redirects, the most followed', address: 'http://news.example/hop/2', host: 'news.example' },
];

/** The proxy's address for a feed address, as a widget's `proxy` template makes it. */
export const through = (address: string | null, base = 'https://proxy.test/') => (address === null ? base : `${base}?url=${encodeURIComponent(address)}`);
