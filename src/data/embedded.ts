// The answers a server rendering embeds in the page (`renderWidgets` in news-widgets/server), so the widgets it
// drew take over in the browser without asking for the same data again.

/** The id of the `<script type="application/json">` that holds the answers. */
export const EMBEDDED_DATA_ID = 'news-widgets-data';

/** One answer of a feed's origin as the server received it. */
export interface EmbeddedAnswer {
  /** The body's bytes, in base64: a legacy encoding stays as it was, for its charset to decode. */
  body: string;
  /** Content-Type, validators, Cache-Control and the Age the answer had when the page was made. */
  headers: Record<string, string>;
}

/** The answers by feed address (absolute, as the client keys its cache). */
export type EmbeddedData = Record<string, EmbeddedAnswer>;
