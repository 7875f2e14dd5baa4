import { ACCEPT } from '../data/request.js';
import { PASSED_HEADERS, sharedFreshness, type Answer } from './answers.js';

/** Redirects followed for one request; the answer after the last must be the feed. */
export const MAX_REDIRECTS = 3;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A request the proxy will not make or an answer it will not pass on: the status it answers and why, in one line. */
export class Refusal {
  constructor(
    readonly status: number,
    readonly reason: string,
  ) {}
}

/** The `fetch` the proxy asks feeds with: standard fetch, or one of the deployer's (headers, keys, a DNS check). */
export type UpstreamFetch = (url: string, init: RequestInit) => Promise<Response>;

export interface UpstreamSettings {
  fetch: UpstreamFetch;
  maxBytes: number;
  /** Milliseconds for the whole exchange: every hop and the body. */
  timeout: number;
  /** Why an address may not be asked (the checks of the first request), or null. */
  check(url: URL): Refusal | null;
}

const bytesText = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`);

function passedHeaders(headers: Headers): Record<string, string> {
  const passed: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) passed[name] = value;
  }
  return passed;
}

/** The body, or null when it grows past `maxBytes` (then the rest is not read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes || !response.body) {
    await response.body?.cancel();
    return declared > maxBytes ? null : new Uint8Array(0);
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = response.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The answer for a 304: the stored body, its headers renewed by the ones the feed sent again. */
function renewed(stale: Answer, response: Response): Answer {
  const headers = { ...stale.headers, ...passedHeaders(response.headers) };
  const merged = new Headers(headers);
  const age = response.headers.get('age');
  if (age) merged.set('age', age);
  return { ...stale, headers, storedAt: Date.now(), ...sharedFreshness(merged) };
}

async function exchange(target: URL, stale: Answer | undefined, settings: UpstreamSettings, signal: AbortSignal): Promise<Answer | Refusal> {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (stale?.headers.etag) headers['if-none-match'] = stale.headers.etag;
  if (stale?.headers['last-modified']) headers['if-modified-since'] = stale.headers['last-modified'];
  let url = target;
  for (let hop = 0; ; hop++) {
    const response = await settings.fetch(url.href, { method: 'GET', headers, redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (REDIRECTS.has(response.status) && location !== null) {
      await response.body?.cancel();
      if (hop === MAX_REDIRECTS) return new Refusal(502, `${target.host} redirected more than ${MAX_REDIRECTS} times.`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return new Refusal(502, `${url.host} redirected to "${location}", which is not an address.`);
      }
      const refusal = settings.check(next);
      if (refusal) return new Refusal(502, `${url.host} redirected to ${next.href}: ${refusal.reason}`);
      url = next;
      continue;
    }
    if (response.status === 304 && stale) {
      await response.body?.cancel();
      return renewed(stale, response);
    }
    const body = await readAtMost(response, settings.maxBytes);
    if (!body) return new Refusal(502, `${url.host} sent more than ${bytesText(settings.maxBytes)}, the most this proxy passes on.`);
    const freshness = sharedFreshness(response.headers);
    return {
      status: response.status,
      headers: passedHeaders(response.headers),
      body,
      storedAt: Date.now(),
      ...freshness,
      storable: freshness.storable && response.status === 200,
    };
  }
}

/**
 * Asks the feed at `target` for its answer, following redirects by hand (each hop checked as the first request
 * was), within `settings.timeout` for everything and `settings.maxBytes` for the body. With a stale answer its
 * validators go along, and a 304 renews it. Rejects only when `signal` aborts (nobody waits any more); every other
 * failure is a Refusal to answer with.
 */
export async function askFeed(target: URL, stale: Answer | undefined, settings: UpstreamSettings, signal: AbortSignal): Promise<Answer | Refusal> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.timeout);
  const leave = () => controller.abort(signal.reason);
  signal.addEventListener('abort', leave, { once: true });
  try {
    return await exchange(target, stale, settings, controller.signal);
  } catch (error) {
    if (timedOut) return new Refusal(504, `${target.host} did not answer within ${+(settings.timeout / 1000).toFixed(3)} s.`);
    if (signal.aborted) throw error;
    return new Refusal(502, `${target.host} could not be reached.`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', leave);
  }
}
