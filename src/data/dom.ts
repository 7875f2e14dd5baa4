// Trusted Types policies, for the one place that hands markup to the page's DOM: the article body's sanitizer.
// Feeds themselves are read without any DOM (xml.ts, text.ts, images.ts), so parsing needs no policy.

/** The rules of a policy that passes markup through: what it creates is only ever parsed into an inert document. */
export interface PassThroughRules {
  createHTML(input: string): string;
  createScriptURL?(input: string): string;
}

interface PolicyFactory {
  createPolicy(name: string, rules: PassThroughRules): unknown;
}

function policyFactory(): PolicyFactory | undefined {
  return (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
}

/** True where the browser has Trusted Types, whether or not the page enforces them. */
export function hasTrustedTypes(): boolean {
  return policyFactory() !== undefined;
}

// One per name and page: Trusted Types refuse a second policy of the same name without 'allow-duplicates'.
const policies = new Map<string, unknown>();

/**
 * The Trusted Types policy `name` with `rules`, created on first use and shared after; `Policy` is the
 * shape the caller hands it to. Null where the browser has no Trusted Types or the page's CSP does not allow
 * the name; a refusal is kept too, as asking again would only report the same violation again.
 */
export function trustedTypesPolicy<Policy>(name: string, rules: PassThroughRules): Policy | null {
  if (!policies.has(name)) policies.set(name, createPolicy(name, rules));
  return policies.get(name) as Policy | null;
}

function createPolicy(name: string, rules: PassThroughRules): unknown {
  try {
    return policyFactory()?.createPolicy(name, rules) ?? null;
  } catch {
    return null;
  }
}
