import { InFlight } from '../data/inflight.js';
import { refusedAddress } from './address.js';
import { CacheApiAnswers, isFresh, MemoryAnswers, type Answer, type AnswerStore } from './answers.js';
import { hostList } from './hosts.js';
import { askFeed, Refusal, type UpstreamFetch } from './upstream.js';

export type { UpstreamFetch } from './upstream.js';

/** What `createFeedProxy` is told. Only `hosts` is required. */
export interface FeedProxyOptions {
  /**
   * The hosts whose feeds are proxied: exact names (`news.example`), `*.suffix` patterns (`*.news.example`: every
   * name under news.example, not news.example itself) and `name:port` for a port other than 80 or 443. Names only:
   * `localhost` and IP literals of loopback, private, link-local and other non-public ranges are refused even when
   * listed.
   */
  hosts: readonly string[];
  /**
   * The page origins whose scripts may read the answers (CORS), such as `['https://portal.example']`, or `'*'` for
   * pages anywhere. A request from a page of another origin is refused. Default: none, for a proxy on the pages' own
   * origin.
   */
  origins?: readonly string[] | '*';
  /** The longest feed passed on, in bytes; a longer one is cut off and answered 502. Default 5 MB. */
  maxBytes?: number;
  /** Milliseconds a feed has to answer, redirects and body included, before the proxy answers 504. Default 10000. */
  timeout?: number;
  /**
   * Where answers are kept for their freshness (`s-maxage` or `max-age`): `'auto'` (default) uses the runtime's
   * Cache API where it has one (Cloudflare Workers, Deno) and memory elsewhere (Node, Bun); `'memory'`; or `'none'`.
   */
  cache?: 'auto' | 'memory' | 'none';
  /** The most bytes of feeds the in-memory cache holds, least recently used forgotten first; 0 keeps none. Default 32 MB. */
  cacheBytes?: number;
  /** The fetch that asks the feeds, called once for each redirect hop. Default: the runtime's `fetch`. */
  fetch?: UpstreamFetch;
}

/** A fetch handler: a standard Request in, a Response out, never a rejection. */
export type FeedProxy = (request: Request) => Promise<Response>;

const MB = 1024 * 1024;
const CACHE_NAME = 'news-widgets-proxy';

/** Headers on every answer, refusals included. */
const SAFETY_HEADERS = {
  // The proxy serves other sites' bytes from its own origin: they must never run as its pages.
  'content-security-policy': "default-src 'none'; sandbox",
  'x-content-type-options': 'nosniff',
};

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(value > 0) || !Number.isFinite(value)) throw new TypeError(`createFeedProxy: ${name} must be a positive number, not ${String(value)}.`);
  return value;
}

function readOrigins(origins: FeedProxyOptions['origins']): '*' | Set<string> {
  if (origins === '*') return '*';
  return new Set(
    (origins ?? []).map(origin => {
      const parsed = URL.canParse(origin) ? new URL(origin) : null;
      if (!parsed || parsed.origin === 'null' || parsed.href !== `${parsed.origin}/`) throw new TypeError(`createFeedProxy: "${origin}" in origins is not an origin such as https://portal.example.`);
      return parsed.origin;
    }),
  );
}

/** Answers `If-None-Match` (weak comparison) or, without it, `If-Modified-Since` against an answer's validators. */
function notModified(request: Request, answer: Answer): boolean {
  if (answer.status !== 200) return false;
  const ifNoneMatch = request.headers.get('if-none-match');
  const etag = answer.headers.etag;
  if (ifNoneMatch !== null) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || (etag !== undefined && ifNoneMatch.split(',').some(tag => opaque(tag) === opaque(etag)));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  const modified = Date.parse(answer.headers['last-modified'] ?? '');
  return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
}

/**
 * Makes a feed proxy: a fetch handler for `GET ?url=<address of a feed>` that runs wherever standard Request and
 * Response do (Node 20+, Cloudflare Workers, Deno, Bun). It asks only `http:`/`https:` addresses of the listed
 * hosts, never `localhost` or an IP literal outside the public internet (in any spelling), follows at most 3
 * redirects and checks each again, cuts off feeds longer than `maxBytes` (502) and slower than `timeout` (504), passes
 * `Content-Type`, `ETag`, `Last-Modified` and `Cache-Control` unchanged, answers conditional requests with 304, keeps
 * answers for their freshness and asks the feed once however many readers wait for it. Every refusal is a status
 * and one line of text saying why.
 *
 * What it cannot see: a listed host *name* whose DNS answer is a private address (standard fetch resolves names
 * itself). List only hosts you trust, or give `fetch` one that checks the address it connects to; see docs/server.md.
 *
 * Throws a TypeError at once for options that cannot work (no hosts, a malformed entry, a listed private address).
 */
export function createFeedProxy(options: FeedProxyOptions): FeedProxy {
  if (!options) throw new TypeError('createFeedProxy: options with a list of hosts are required.');
  const listed = hostList(options.hosts);
  const origins = readOrigins(options.origins);
  const upstream = {
    fetch: options.fetch ?? ((url, init) => fetch(url, init)),
    maxBytes: positive(options.maxBytes, 5 * MB, 'maxBytes'),
    timeout: positive(options.timeout, 10_000, 'timeout'),
    check: refusalOf,
  } satisfies Parameters<typeof askFeed>[2];
  const cacheBytes = options.cacheBytes === 0 ? 0 : positive(options.cacheBytes, 32 * MB, 'cacheBytes');
  const memory = new MemoryAnswers(cacheBytes);
  const flights = new InFlight<string, Answer | Refusal>();
  // The Cache API is opened on the first request: Cloudflare wants its keys on the proxy's own host name.
  let cacheApi: CacheApiAnswers | undefined;

  function storeFor(request: Request): AnswerStore | null {
    const mode = options.cache ?? 'auto';
    if (mode === 'none') return null;
    const storage = (globalThis as { caches?: CacheStorage }).caches;
    if (mode === 'memory' || !storage) return memory;
    cacheApi ??= new CacheApiAnswers(storage, CACHE_NAME, new URL(request.url).origin);
    return cacheApi;
  }

  function refusalOf(url: URL): Refusal | null {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return new Refusal(400, `${url.protocol} addresses are not proxied, only http: and https:.`);
    if (url.username || url.password) return new Refusal(400, 'Addresses with a user name or password are not proxied.');
    const refused = refusedAddress(url.hostname);
    if (refused) return new Refusal(403, `${url.hostname} is ${refused}, which this proxy never asks.`);
    if (!listed(url)) return new Refusal(403, `${url.host} is not on this proxy's list of hosts.`);
    return null;
  }

  function corsHeaders(request: Request): Record<string, string> {
    if (origins === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag, age' };
    const origin = request.headers.get('origin');
    const headers: Record<string, string> = { vary: 'origin' };
    if (origin && origins.has(origin)) Object.assign(headers, { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'etag, age' });
    return headers;
  }

  /** A page of an origin that is neither listed nor the proxy's own must not spend the proxy's bandwidth. */
  function originRefusal(request: Request): Refusal | null {
    const origin = request.headers.get('origin');
    if (origins === '*' || origin === null || origins.has(origin) || origin === new URL(request.url).origin) return null;
    return new Refusal(403, `Pages of ${origin} may not use this proxy.`);
  }

  const answerWith = (request: Request, status: number, body: BodyInit | null, headers: Record<string, string>) =>
    new Response(request.method === 'HEAD' || status === 304 ? null : body, { status, headers: { ...headers, ...SAFETY_HEADERS, ...corsHeaders(request) } });

  const refuse = (request: Request, { status, reason }: Refusal, extra: Record<string, string> = {}) =>
    answerWith(request, status, `${reason}\n`, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra });

  function serve(request: Request, answer: Answer): Response {
    const age = answer.age + Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000));
    const headers = { ...answer.headers, age: String(age) };
    return answerWith(request, notModified(request, answer) ? 304 : answer.status, answer.body, headers);
  }

  /** The one request for a feed that every reader arriving meanwhile waits for. */
  async function load(target: URL, store: AnswerStore | null, signal: AbortSignal): Promise<Answer | Refusal> {
    // Read again: an answer may have been stored since this reader looked.
    const stale = await store?.get(target.href);
    if (stale && isFresh(stale, Date.now())) return stale;
    const outcome = await askFeed(target, stale, upstream, signal);
    // Stored before the waiting readers are answered, so a reader arriving next finds it instead of asking again.
    if (store && !(outcome instanceof Refusal) && outcome.storable) await store.put(target.href, outcome);
    return outcome;
  }

  return async function feedProxy(request: Request): Promise<Response> {
    try {
      const refusal = originRefusal(request);
      if (refusal) return refuse(request, refusal);
      if (request.method === 'OPTIONS') {
        return answerWith(request, 204, null, { 'access-control-allow-methods': 'GET, HEAD', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-max-age': '86400' });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(request, new Refusal(405, `${request.method} is not proxied, only GET and HEAD.`), { allow: 'GET, HEAD, OPTIONS' });
      const address = new URL(request.url).searchParams.get('url');
      if (!address) return refuse(request, new Refusal(400, 'Give ?url= the address of a feed.'));
      if (!URL.canParse(address)) return refuse(request, new Refusal(400, `"${address.slice(0, 200).replace(/\s+/g, ' ')}" is not an absolute address.`));
      const target = new URL(address);
      target.hash = '';
      const targetRefusal = refusalOf(target);
      if (targetRefusal) return refuse(request, targetRefusal);
      const store = storeFor(request);
      const cached = await store?.get(target.href);
      if (cached && isFresh(cached, Date.now())) return serve(request, cached);
      const outcome = await flights.join(target.href, signal => load(target, store, signal), request.signal);
      return outcome instanceof Refusal ? refuse(request, outcome) : serve(request, outcome);
    } catch (error) {
      // Also where a reader who left ends up (an AbortError): nobody reads that answer.
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      return refuse(request, new Refusal(500, `The proxy failed: ${reason}`));
    }
  };
}
