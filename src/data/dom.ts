// Inert documents: DOMParser output has no browsing context, so nothing in it runs or loads, and it is
// never attached to the page. Feeds and HTML fragments are only ever read through these documents.

/**
 * Name of the Trusted Types policy the parser creates. Pages that enforce Trusted Types
 * (`require-trusted-types-for 'script'`) and list allowed policies must allow this name
 * (`trusted-types news-widgets-parser`): `DOMParser.parseFromString` is a Trusted Types sink,
 * even for XML, although the documents it returns are never rendered.
 */
export const PARSER_POLICY_NAME = 'news-widgets-parser';

interface MarkupPolicy {
  createHTML(input: string): unknown;
}

let policy: MarkupPolicy | null | undefined;

function markupPolicy(): MarkupPolicy | null {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): MarkupPolicy } }).trustedTypes;
    try {
      // The policy passes strings through unchanged: its documents are inert and never reach the page.
      policy = factory ? factory.createPolicy(PARSER_POLICY_NAME, { createHTML: input => input }) : null;
    } catch {
      // The page's CSP does not allow this policy name; parsing then fails with the browser's own message.
      policy = null;
    }
  }
  return policy;
}

let parser: DOMParser | undefined;

/** Parses markup into a document that is never rendered. Only browsers have a DOMParser. */
export function inertDocument(markup: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  const trusted = markupPolicy();
  return parser.parseFromString((trusted ? trusted.createHTML(markup) : markup) as string, type);
}

/** True where a DOMParser exists; Node has none, so DOM-only refinements are skipped there. */
export function hasDom(): boolean {
  return typeof DOMParser === 'function';
}
