import type { IncomingMessage, ServerResponse } from 'node:http';

/** Serves a fetch handler with node:http. */
export function nodeListener(handler: (request: Request) => Promise<Response>): (incoming: IncomingMessage, outgoing: ServerResponse) => Promise<void>;
