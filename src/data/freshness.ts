/** What the headers of a response say about keeping it. */
export interface Freshness {
  /** False for `Cache-Control: no-store`: the response must be kept neither in memory nor on disk. */
  storable: boolean;
  /** How long it may be used without asking the server again, in milliseconds; null when the headers do not say. */
  maxAge: number | null;
}

/**
 * Reads `Cache-Control` as a private cache does: `no-store`, `no-cache`, and `max-age` less the `Age` a shared cache
 * on the way already spent. Without `max-age` the caller's ttl decides (`Expires` is not read: a ttl that suits the
 * page is a better guess for feeds than a date set by a server's clock). `must-revalidate` and
 * `stale-while-revalidate` are not read either: this layer always shows the last good data at once and revalidates
 * behind it, which is its point.
 */
export function freshness(headers: Headers): Freshness {
  const cacheControl = headers.get('cache-control') ?? '';
  if (/(^|,)\s*no-store\s*(,|$)/i.test(cacheControl)) return { storable: false, maxAge: 0 };
  if (/(^|,)\s*no-cache\b/i.test(cacheControl)) return { storable: true, maxAge: 0 };
  const maxAge = /(^|,)\s*max-age\s*=\s*"?(\d+)"?\s*(,|$)/i.exec(cacheControl);
  if (!maxAge) return { storable: true, maxAge: null };
  const age = /^\s*\d+\s*$/.test(headers.get('age') ?? '') ? Number(headers.get('age')) : 0;
  return { storable: true, maxAge: Math.max(0, Number(maxAge[2]) - age) * 1000 };
}
