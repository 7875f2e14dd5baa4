import { refusedAddress } from './address.js';

interface HostPattern {
  /** The name itself, or for `*.suffix` the suffix with its leading dot. */
  name: string;
  wildcard: boolean;
  /** The port the entry names; '' is the scheme's default port. */
  port: string;
}

const ENTRY = /^(\*\.)?([^\s/?#@:[\]*]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

function readEntry(entry: string): HostPattern {
  const parts = ENTRY.exec(entry);
  let hostname = '';
  try {
    // The URL parser spells the entry as it spells the addresses compared with it: lower case, IDNs in punycode.
    if (parts) hostname = new URL(`http://${parts[2]}`).hostname.replace(/\.$/, '');
  } catch {
    // Reported below with the other malformed entries.
  }
  if (!parts || !hostname) {
    throw new TypeError(`createFeedProxy: "${entry}" in hosts is neither a host name nor a "*.suffix" pattern (with an optional :port).`);
  }
  const refused = refusedAddress(hostname);
  if (refused) throw new TypeError(`createFeedProxy: "${entry}" in hosts is ${refused}, which is never proxied.`);
  // 80 and 443 are the default ports URL leaves out: an entry naming one means the default port of either scheme.
  const port = parts[3] ? String(Number(parts[3])) : '';
  return { name: parts[1] ? `.${hostname}` : hostname, wildcard: Boolean(parts[1]), port: port === '80' || port === '443' ? '' : port };
}

/**
 * Reads a `hosts` list into a test of URLs: exact names (`news.example`), `*.suffix` patterns (`*.news.example`
 * matches every name under news.example, not news.example itself) and, for a port other than the scheme's default,
 * `name:port`. Throws a TypeError naming a bad entry, so a mistake shows when the proxy starts, not on a request.
 */
export function hostList(entries: readonly string[]): (url: URL) => boolean {
  if (!Array.isArray(entries) || entries.length === 0) {
    throw new TypeError('createFeedProxy: hosts must list the feeds\' host names; an empty list would proxy nothing.');
  }
  const patterns = entries.map(entry => readEntry(String(entry).trim()));
  return url => {
    const hostname = url.hostname.replace(/\.$/, '');
    // URL leaves `port` empty for the scheme's default port, which an entry without a port means.
    return patterns.some(
      pattern => pattern.port === url.port && (pattern.wildcard ? hostname.endsWith(pattern.name) : hostname === pattern.name),
    );
  };
}
