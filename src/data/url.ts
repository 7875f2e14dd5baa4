/** Resolves `value` against `base`; null when the result is no URL at all. */
export function resolveUrl(value: string, base?: string | null): string | null {
  try {
    return (base ? new URL(value, base) : new URL(value)).href;
  } catch {
    return null;
  }
}

const HTTP: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * Resolves `value` against `base` and keeps it only when the result's scheme is one of `schemes`
 * (`http:` and `https:` by default), so no `javascript:`, `data:` or other scheme ever reaches a rendered
 * attribute. An empty value is no address: it would resolve to `base` itself.
 */
export function safeUrl(value: unknown, base?: string | null, schemes: ReadonlySet<string> = HTTP): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) return null;
  try {
    // One parse gives both the address and its scheme: feeds have thousands of links.
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** `safeUrl` with its default schemes: an absolute `http:` or `https:` address, or null. */
export function safeHttpUrl(value: unknown, base?: string | null): string | null {
  return safeUrl(value, base);
}
