/** Resolves `value` against `base`; null when the result is no URL at all. */
export function resolveUrl(value: string, base?: string | null): string | null {
  try {
    return (base ? new URL(value, base) : new URL(value)).href;
  } catch {
    return null;
  }
}

/**
 * Resolves `value` against `base` and keeps it only when the result is an `http:` or `https:` URL,
 * so no `javascript:`, `data:` or other scheme ever reaches a rendered attribute.
 */
export function safeHttpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const resolved = resolveUrl(value.trim(), base);
  return resolved && /^https?:/.test(resolved) ? resolved : null;
}
