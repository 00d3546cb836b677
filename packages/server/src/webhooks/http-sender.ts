import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from './address-policy.js';

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Aborted by the worker when the attempt times out or the server stops. */
  signal: AbortSignal;
}

/** What an attempt learned: the receiver's status. Network failures are thrown as `SendError`. */
export interface WebhookResponse {
  status: number;
}

/** Sends one attempt; the boundary the worker is given, so tests could replace the network. */
export type WebhookSend = (request: WebhookRequest) => Promise<WebhookResponse>;

/** Why an attempt got no HTTP answer: `network` (DNS, refused, reset, TLS) or `address-not-allowed`. */
export class SendError extends Error {
  constructor(
    readonly code: 'network' | 'address-not-allowed',
    readonly detail: string,
  ) {
    super(detail);
  }
}

/**
 * A DNS lookup that refuses non-public addresses. It runs inside the
 * connection, so the address checked is the address connected to: a name
 * that resolves to a public address at registration and to 127.0.0.1 at
 * delivery (DNS rebinding) is still refused.
 */
function guardedLookup(hostname: string, options: LookupOptions, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => isNonPublicAddress(a.address));
    if (refused) return callback(new SendError('address-not-allowed', `${hostname} → ${refused.address}`), []);
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    return first ? callback(null, first.address, first.family) : callback(new SendError('network', `${hostname}: no address`), []);
  });
}

/** The largest part of a receiver's answer read before the connection is dropped; only the status matters. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs over node's http/https: no redirects followed (a 3xx is a failed
 * attempt), no proxy, and unless private receivers are allowed, every
 * address the name resolves to must be public.
 */
export function httpSender(options: { allowPrivate: boolean }): WebhookSend {
  return ({ url, headers, body, signal }) =>
    new Promise<WebhookResponse>((resolve, reject) => {
      const target = new URL(url);
      const host = target.hostname.replace(/^\[|\]$/g, '');
      if (!options.allowPrivate && isIP(host) !== 0 && isNonPublicAddress(host)) {
        reject(new SendError('address-not-allowed', host));
        return;
      }
      const init: RequestOptions = {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        signal,
        ...(options.allowPrivate ? {} : { lookup: guardedLookup as LookupFunction }),
      };
      const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, init, (response) => {
        // The status is the answer; the body is drained (up to a limit) only so the connection closes cleanly.
        resolve({ status: response.statusCode ?? 0 });
        let read = 0;
        response.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) response.destroy();
        });
        response.on('error', () => undefined);
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof SendError) reject(error);
        else if (signal.aborted) reject(signal.reason);
        else reject(new SendError('network', error.code ?? error.message));
      });
      request.end(body);
    });
}
