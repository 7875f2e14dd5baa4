/** What the headers of a response say about keeping it. */
export interface Freshness {
  /** False for `Cache-Control: no-store`: the response must be kept neither in memory nor on disk. */
  storable: boolean;
  /** How long it may be used without asking the server again, in milliseconds; null when the headers do not say. */
  maxAge: number | null;
}

/** Splits a `Cache-Control` value into lower-case directives and their (unquoted) arguments. */
export function parseCacheControl(value: string | null): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of (value ?? '').split(',')) {
    const [name, ...argument] = part.split('=');
    const key = name.trim().toLowerCase();
    if (key) directives.set(key, argument.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return directives;
}

/**
 * Reads `Cache-Control` (`no-store`, `no-cache`, `max-age`), then `Expires`, as a private cache does, less the
 * `Age` a shared cache on the way already spent. `must-revalidate` and `stale-while-revalidate` are not read:
 * this layer always shows the last good data at once and revalidates behind it, which is the point of it.
 */
export function freshness(headers: Headers, now: number): Freshness {
  const directives = parseCacheControl(headers.get('cache-control'));
  if (directives.has('no-store')) return { storable: false, maxAge: 0 };
  if (directives.has('no-cache')) return { storable: true, maxAge: 0 };
  const age = seconds(headers.get('age')) ?? 0;
  const maxAge = seconds(directives.get('max-age') ?? null);
  if (maxAge !== null) return { storable: true, maxAge: Math.max(0, maxAge - age) * 1000 };
  const expires = headers.get('expires');
  if (expires !== null) {
    // An Expires that is not a date means "already expired" (RFC 9111, 5.3).
    const date = Date.parse(expires);
    return { storable: true, maxAge: Number.isNaN(date) ? 0 : Math.max(0, date - now) };
  }
  return { storable: true, maxAge: null };
}

function seconds(value: string | null): number | null {
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}
