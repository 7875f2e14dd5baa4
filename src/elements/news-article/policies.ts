/**
 * Name of the Trusted Types policy `<news-article>` creates in browsers without the HTML Sanitizer API,
 * where DOMPurify parses article HTML into an inert document (`DOMParser` is a Trusted Types sink).
 * Its documents are sanitized and checked again before any node reaches the page. Pages that enforce
 * Trusted Types and list allowed policies must allow it: `trusted-types lit-html
 * news-widgets-sanitizer`. Browsers with `Element.prototype.setHTML` never create it.
 */
export const SANITIZER_POLICY_NAME = 'news-widgets-sanitizer';
