// What the first attempt of a request needs to know of retrying: the most retries a client may be configured with,
// and how long a server asked the client to wait. The retrying itself is in retry.ts, loaded after a failure.

/** The most retries a request makes after its first attempt. */
export const MAX_RETRIES = 3;

/** Reads a `Retry-After` header (delay-seconds or an HTTP date) as milliseconds from `now`, or null. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its month; without a letter, Date.parse would take junk such as "-3" for a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : NaN;
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
