import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/*
 * Content coding for everything the server sends a browser: a citizen on a
 * weak connection downloads the form's code, its definition and its
 * validator module at a third of their size or less. hono's own `compress`
 * streams gzip alone and weakens ETags, which would turn every If-Match an
 * officer's app sends into a 412; this keeps ETags as the routes set them (as
 * Express's `compression` does: `Vary` keeps the codings apart in caches).
 */

export type Coding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this, the coding's framing costs more than it saves. */
const THRESHOLD = 1024;
/**
 * A body is read whole, to be coded at once (and kept), up to this size;
 * beyond it (a long CSV export) it is coded as it streams.
 */
const READ_WHOLE_UP_TO = 8 * 1024 * 1024;
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const PUBLIC = /(?:^|,)\s*public\s*(?:,|$)/i;
const VARY_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

/**
 * The coding to answer with, of those `offered` (brotli first), by the
 * client's q-values ("*" counts for any); none when it takes none of them.
 */
export function chooseCoding(acceptEncoding: string | undefined, offered: readonly Coding[] = ['br', 'gzip']): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = parseAccept(acceptEncoding);
  const weightOf = (coding: string) => (accepted.find((a) => a.type.toLowerCase() === coding) ?? accepted.find((a) => a.type === '*'))?.q ?? 0;
  return offered.reduce<Coding | undefined>((chosen, coding) => (weightOf(coding) > (chosen ? weightOf(chosen) : 0) ? coding : chosen), undefined);
}

/**
 * Coded bodies of responses that are asked for again (public ones: the
 * runtime's files, validator modules, published procedures; and those with
 * an ETag: the officer apps' files), kept by the hash of their bytes, so
 * that a body is compressed once however many ask for it, and a changed body
 * is never answered from an old one. The least recently used go first beyond `maxBytes`.
 */
export class CodedBodies {
  private readonly entries = new Map<string, Promise<Uint8Array>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;
  /** How many bodies were compressed rather than found here. */
  compressed = 0;

  constructor(private readonly maxBytes: number) {}

  get(body: Uint8Array, coding: Coding): Promise<Uint8Array> {
    const key = `${coding}:${createHash('sha256').update(body).digest('base64')}`;
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.compressed += 1;
    // Shared while it is being made, so a burst of first requests compresses once.
    const made = compress(body, coding).then((coded) => {
      if (this.entries.get(key) === made) this.admit(key, coded.byteLength);
      return coded;
    });
    made.catch(() => this.entries.delete(key));
    this.entries.set(key, made);
    return made;
  }

  private admit(key: string, size: number): void {
    this.sizes.set(key, size);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      const freed = this.sizes.get(oldest);
      if (freed === undefined) continue;
      this.entries.delete(oldest);
      this.sizes.delete(oldest);
      this.bytes -= freed;
    }
  }
}

/**
 * Brotli at quality 5: quality 11 takes seconds on the builder's megabyte for
 * 7% less, and 4 loses to gzip on some bundles. gzip at zlib's default.
 */
function compress(body: Uint8Array, coding: Coding): Promise<Uint8Array> {
  if (coding === 'gzip') return gzipped(body);
  return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } });
}

/**
 * Reads a body up to `limit` bytes: the whole of it when it ends by then,
 * else what was read and the reader, to go on streaming from.
 */
async function readUpTo(body: ReadableStream<Uint8Array>, limit: number): Promise<{ chunks: Uint8Array[]; rest?: ReadableStreamDefaultReader<Uint8Array> }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { chunks };
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) return { chunks, rest: reader };
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  return chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks);
}

/**
 * Codes each compressible response (text, JSON, JavaScript, SVG…) of 1 KB or
 * more in the coding the client prefers, keeping in `bodies` the coded bodies
 * of those asked for again. Leaves alone what is already coded, partial, marked
 * `no-transform`, or a body a HEAD request does not carry.
 */
export function compression(bodies: CodedBodies): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (!res.body || c.req.method === 'HEAD' || res.status === 206 || res.status === 204 || res.status === 304) return;
    if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || res.headers.has('content-encoding') || NO_TRANSFORM.test(res.headers.get('cache-control') ?? '')) return;
    const length = res.headers.get('content-length');
    if (length !== null && Number(length) < THRESHOLD) return;
    // Whichever coding this client gets, a cache must not hand it to another that takes a different one.
    const vary = res.headers.get('vary');
    if (vary !== '*' && !(vary && VARY_ENCODING.test(vary))) res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    const accepted = c.req.header('accept-encoding');
    const coding = chooseCoding(accepted);
    if (!coding) return;
    const { chunks, rest } = await readUpTo(res.body, READ_WHOLE_UP_TO);
    // Assigning c.res carries every header of the old response over but its type.
    const init = { status: res.status, statusText: res.statusText, headers: { 'content-type': type } };
    if (rest) {
      // Streamed: gzip, the one coding a CompressionStream makes in Node 20.
      const streamed = chooseCoding(accepted, ['gzip']);
      const rebuilt = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
        },
        async pull(controller) {
          const { done, value } = await rest.read();
          if (done) controller.close();
          else controller.enqueue(value);
        },
        cancel: (reason) => rest.cancel(reason),
      });
      c.res = new Response(streamed ? rebuilt.pipeThrough(new CompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>) : rebuilt, init);
      if (streamed) c.res.headers.set('content-encoding', 'gzip');
      c.res.headers.delete('content-length');
      return;
    }
    const body = concat(chunks);
    if (body.byteLength < THRESHOLD) {
      c.res = new Response(body, init);
      return;
    }
    const kept = PUBLIC.test(res.headers.get('cache-control') ?? '') || res.headers.has('etag');
    const coded = kept ? await bodies.get(body, coding) : await compress(body, coding);
    c.res = new Response(coded, init);
    c.res.headers.set('content-encoding', coding);
    c.res.headers.set('content-length', String(coded.byteLength));
  };
}
