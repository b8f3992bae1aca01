// The studio's HTTP layer: the checks every request passes before any route (Host, Origin,
// state changes only from the studio's own page), the route table's shape and its dispatch
// (404 for an unknown path, 405 with Allow for a method the path does not take, HEAD wherever
// GET), reading a body within the route's limit and content type, and sending the reply.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A refusal with its HTTP status and a Danish message for the user. */
export class HttpError extends Error {
  status: number;
  headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** What a handler answers: a status and a payload (bytes, text or a value sent as JSON), with extra headers. */
export interface Reply {
  status: number;
  payload: unknown;
  headers?: Record<string, string>;
}

/** A request as a handler sees it: the address and the body the route asked for, already read and checked. */
export interface Request {
  url: URL;
  /** The body parsed as a JSON object (routes with `body.type` 'json'). */
  json: Record<string, unknown>;
  /** The body's bytes, in a buffer of their own (routes with `body.type` 'bytes'). */
  bytes: Uint8Array;
}

/** What a route reads from the request body. */
export interface BodySpec {
  type: 'json' | 'bytes';
  /** The largest body taken (bytes). */
  limit: number;
  /** The media types the body may be sent as; '' admits a request without a content-type. */
  accept: readonly string[];
  /** The Danish refusal for any other content type. */
  acceptMessage: string;
}

/** One entry of the route table. */
export interface Route<C> {
  method: 'GET' | 'PUT' | 'POST';
  /** The path exactly, or (ending in '/') every path under it. */
  path: string;
  handler: (ctx: C, req: Request) => Promise<Reply>;
  body?: BodySpec;
}

/** The refusal for a body over the limit (one text for every route, as before the route table). */
const tooLarge = () => new HttpError(413, 'Filen er for stor til studiet (højst 10 MB).');

async function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  // Refused before reading when the declared length is over the limit (Node discards the rest).
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  // A fresh buffer (never Node's shared pool), so it can be handed to a worker thread.
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new HttpError(400, 'Forespørgslen er ikke gyldig JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new HttpError(400, 'Forespørgslen skal være et JSON-objekt.');
  return value as Record<string, unknown>;
}

/** The media type of a request ('' when it has none), without parameters, in lower case. */
const mediaType = (req: IncomingMessage) => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * The checks in front of every route: the Host header must name this server (DNS rebinding), a
 * foreign Origin is refused, and a request that may change something (anything but GET/HEAD)
 * must come from the studio's own page (browsers send Origin, or Sec-Fetch-Site).
 */
export function guard(req: IncomingMessage, origin: string): URL {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', origin);
  } catch {
    throw new HttpError(400, 'Adressen er ugyldig.');
  }
  const own = new URL(origin);
  const host = req.headers.host ?? '';
  if (host !== own.host && host !== `localhost:${own.port}`)
    throw new HttpError(421, 'Ukendt værtsnavn; studiet svarer kun på sin egen adresse.');
  const from = req.headers.origin;
  if (from !== undefined && from !== origin && from !== `http://localhost:${own.port}`)
    throw new HttpError(403, 'Forespørgsler fra andre websteder afvises.');
  if (
    req.method !== 'GET' &&
    req.method !== 'HEAD' &&
    from === undefined &&
    req.headers['sec-fetch-site'] !== 'same-origin'
  ) {
    throw new HttpError(403, 'Forespørgsler uden oprindelse afvises.');
  }
  return url;
}

const matches = (route: Route<unknown>, path: string) =>
  route.path.endsWith('/') && route.path !== '/' ? path.startsWith(route.path) : path === route.path;

/**
 * Finds the route for the request and runs it: 404 when no route has the path, 405 (with Allow)
 * when none takes the method; HEAD is answered as GET (the server leaves out the body).
 */
export async function dispatch<C>(routes: ReadonlyArray<Route<C>>, ctx: C, req: IncomingMessage, url: URL) {
  const candidates = routes.filter((r) => matches(r as Route<unknown>, url.pathname));
  if (candidates.length === 0) throw new HttpError(404, 'Ikke fundet.');
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const route = candidates.find((r) => r.method === method);
  if (!route) {
    const allow = [...new Set(candidates.flatMap((r) => (r.method === 'GET' ? ['GET', 'HEAD'] : [r.method])))];
    const choices = new Intl.ListFormat('da', { type: 'disjunction' }).format(allow);
    throw new HttpError(405, `Metoden ${req.method} kan ikke bruges her; brug ${choices}.`, {
      allow: allow.join(', '),
    });
  }
  const request: Request = { url, json: {}, bytes: new Uint8Array(0) };
  if (route.body) {
    if (!route.body.accept.includes(mediaType(req))) throw new HttpError(415, route.body.acceptMessage);
    const bytes = await readBody(req, route.body.limit);
    if (route.body.type === 'json') request.json = parseJsonObject(bytes);
    else request.bytes = bytes;
  }
  return route.handler(ctx, request);
}

/** Sends a reply: bytes as a download, a string as text, anything else as JSON; never cached, never sniffed. */
export function send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}) {
  const isBytes = payload instanceof Uint8Array;
  const data = isBytes ? payload : typeof payload === 'string' ? payload : JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': isBytes
      ? 'application/octet-stream'
      : typeof payload === 'string'
        ? 'text/plain; charset=utf-8'
        : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(data);
}
