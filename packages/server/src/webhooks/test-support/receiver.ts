import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** Answers a request the receiver was told to hold. */
  answer(status: number): void;
}

/** What the receiver does with its n-th request (1-based): answer with a status, or hold it unanswered. */
export type Reply = (n: number) => number | 'hold';

/**
 * A real HTTP receiver on 127.0.0.1, as an agency's system would run one:
 * it records every request and answers as the test scripts it.
 */
export class Receiver {
  private readonly received: Received[] = [];
  private readonly waiters: ((r: Received) => void)[] = [];
  private count = 0;

  private constructor(
    private readonly server: ReturnType<typeof createServer>,
    readonly url: string,
    public reply: Reply,
  ) {}

  static async start(reply: Reply = () => 200): Promise<Receiver> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const receiver = new Receiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/motcua`, reply);
    server.on('request', (request, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answer = (status: number) => {
          if (!response.headersSent) response.writeHead(status, { 'Content-Type': 'text/plain' }).end('ok');
        };
        const got: Received = { headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answer };
        const what = receiver.reply(++receiver.count);
        if (what !== 'hold') answer(what);
        const waiter = receiver.waiters.shift();
        if (waiter) waiter(got);
        else receiver.received.push(got);
      });
    });
    return receiver;
  }

  /** The next request received (already received or still to come). */
  next(): Promise<Received> {
    const got = this.received.shift();
    if (got) return Promise.resolve(got);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Requests received and not yet taken with `next`. */
  get unread(): number {
    return this.received.length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
