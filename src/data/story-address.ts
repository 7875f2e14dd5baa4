// Parameters in a story's address that say where a reader came from, not which page it is.
const tracking = /^(utm_.*|fbclid|gclid|yclid|mc_eid|_ga)$/i;

/**
 * The form in which two addresses of one story compare equal: scheme, `www.`, fragment, a trailing slash, the order
 * of the query and its tracking parameters do not count. Relative addresses count from `base`. Null for what is no
 * http or https address.
 */
export function comparableAddress(value: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const name of [...url.searchParams.keys()]) if (tracking.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}
