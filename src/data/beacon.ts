// Tracking pixels and beacons told by their address. A module of its own: the article's body drops such pictures
// before any parser sees them, and it should not bring the feed parser's XML reader along.

// Words that mark an address as tracking, matched as whole words of the URL (host or path).
export const BEACON_WORDS = 'spacer|blank|pixel|beacon|1x1|stats?|tracking|tracker|analytics|feedburner|feedsportal|pheedo|doubleclick|bluekai|adsrvr|scorecardresearch';

/** A pattern matching any of `words` (alternatives of a regular expression) as a whole word. */
export const wholeWords = (words: string): RegExp => new RegExp(`(?:^|[\\W_])(?:${words})(?:[\\W_]|$)`, 'i');

/** A tracking pixel's or beacon's address: an article's body drops such pictures, a list never shows one. */
export const BEACON = wholeWords(BEACON_WORDS);
