/**
 * Resolves `value` against `base` and keeps it only when the result is an `http:` or `https:` URL,
 * so no `javascript:`, `data:` or other scheme ever reaches a rendered attribute.
 */
export function safeHttpUrl(value: unknown, base?: string | null): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  let resolved: URL;
  try {
    resolved = base ? new URL(value.trim(), base) : new URL(value.trim());
  } catch {
    return null;
  }
  return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
}
