// Inert documents: DOMParser output has no browsing context, so nothing in it runs or loads, and it is
// never attached to the page. Feeds and HTML fragments are only ever read through these documents.

/**
 * Name of the Trusted Types policy the parser creates. Pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`) and list allowed policies must allow this name
 * (`trusted-types news-widgets-parser`): `DOMParser.parseFromString` is a Trusted Types sink,
 * even for XML, although the documents it returns are never rendered.
 */
export const PARSER_POLICY_NAME = 'news-widgets-parser';

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

interface MarkupPolicy {
  createHTML(input: string): unknown;
}

// The parser's policy passes strings through unchanged: its documents are inert and never reach the page.
const PARSER_RULES: PassThroughRules = { createHTML: input => input };

let parser: DOMParser | undefined;

/** Parses markup into a document that is never rendered. Only browsers have a DOMParser. */
export function inertDocument(markup: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  // Without the policy (the page's CSP does not allow its name), parsing fails with the browser's own message.
  const trusted = trustedTypesPolicy<MarkupPolicy>(PARSER_POLICY_NAME, PARSER_RULES);
  return parser.parseFromString((trusted ? trusted.createHTML(markup) : markup) as string, type);
}

/** True where a DOMParser exists; Node has none, so DOM-only refinements are skipped there. */
export function hasDom(): boolean {
  return typeof DOMParser === 'function';
}
