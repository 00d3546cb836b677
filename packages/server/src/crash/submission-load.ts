import { createHash, randomBytes, randomInt } from 'node:crypto';

/** One upload the server acknowledged with a 201, with the SHA-256 the test computed itself. */
export interface SentUpload {
  id: string;
  sha256: string;
  size: number;
}

export interface SubmissionBody {
  version: number;
  agency: string;
  channel: string;
  delivery: string;
  answers: Record<string, unknown>;
  documents: { document: string; uploads: string[] }[];
}

/**
 * One POST of a dossier. `acked`: its 201 and whole receipt reached the
 * client. `lost`: sent, but the connection died before a whole answer came
 * back (the server was killed). `failed`: the server answered something else
 * than 201, which this load never expects.
 */
export interface Submission {
  key: string;
  round: number;
  body: SubmissionBody;
  uploads: SentUpload[];
  outcome: 'acked' | 'lost' | 'failed';
  receipt?: { code: string; secret: string };
  failure?: string;
  /** Set once a lost submission was sent again with the same key after a restart. */
  retried?: 'replayed' | 'new';
}

export interface LoadOptions {
  url: string;
  round: number;
  procedure: string;
  /** Builds a valid request around the given upload ids. */
  request: (uploadIds: string[], n: number) => SubmissionBody;
  clients: number;
  maxPerClient: number;
  /** Epoch ms after which no client starts a new request. */
  deadline: number;
  /** Every request gives up after this long, so a wedged connection cannot hang the test. */
  requestTimeoutMs: number;
  minFileBytes: number;
  maxFileBytes: number;
}

export interface Load {
  /** Set before the server is killed: a request that fails after this is one the kill cut off. */
  stop(): void;
  /** Resolves when every client has ended. */
  done: Promise<void>;
  submissions: Submission[];
  /** Everything that went wrong while the server was meant to be up. */
  problems: string[];
  acked(): number;
  uploadsSent: number;
  uploadsAcked: number;
}

/** A PDF (by its magic bytes) of `size` bytes whose content no other call returns. */
export function uniquePdf(size: number, label: string): Uint8Array {
  const head = Buffer.from(`%PDF-1.4\n% crash-test ${label}\n%`, 'latin1');
  const tail = Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
  const body = randomBytes(Math.max(16, size - head.length - tail.length));
  return new Uint8Array(Buffer.concat([head, body, tail]));
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

/**
 * Many clients, each uploading one to three PDFs and then filing a dossier
 * with them under a fresh Idempotency-Key, again and again until stopped,
 * a deadline or `maxPerClient` submissions each.
 */
export function startLoad(options: LoadOptions): Load {
  let stopped = false;
  const submissions: Submission[] = [];
  const problems: string[] = [];
  const load: Load = {
    stop: () => {
      stopped = true;
    },
    done: Promise.resolve(),
    submissions,
    problems,
    acked: () => submissions.filter((s) => s.outcome === 'acked').length,
    uploadsSent: 0,
    uploadsAcked: 0,
  };
  const active = () => !stopped && Date.now() < options.deadline;

  async function upload(c: number, i: number, j: number): Promise<SentUpload | undefined> {
    const bytes = uniquePdf(randomInt(options.minFileBytes, options.maxFileBytes + 1), `r${options.round}-c${c}-s${i}-f${j}-${randomBytes(6).toString('hex')}`);
    const sha256 = sha256Of(bytes);
    const form = new FormData();
    form.set('file', new File([bytes], `ban-chinh-${j + 1}.pdf`));
    load.uploadsSent += 1;
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${options.url}/api/v1/uploads`, { method: 'POST', body: form, signal: AbortSignal.timeout(options.requestTimeoutMs) });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (!stopped) problems.push(`round ${options.round}: an upload failed while the server was up: ${describeError(error)}`);
      return undefined;
    }
    if (status !== 201) {
      problems.push(`round ${options.round}: an upload was answered ${status}: ${text.slice(0, 300)}`);
      return undefined;
    }
    const answer = JSON.parse(text) as { id: string; sha256: string; size: number };
    if (answer.sha256 !== sha256 || answer.size !== bytes.length) {
      problems.push(`round ${options.round}: upload ${answer.id} answered sha256 ${answer.sha256} size ${answer.size}, sent ${sha256} size ${bytes.length}`);
      return undefined;
    }
    load.uploadsAcked += 1;
    return { id: answer.id, sha256, size: bytes.length };
  }

  async function client(c: number): Promise<void> {
    for (let i = 0; i < options.maxPerClient && active(); i++) {
      const uploads: SentUpload[] = [];
      const files = randomInt(1, 4);
      for (let j = 0; j < files && active(); j++) {
        const sent = await upload(c, i, j);
        if (!sent) return;
        uploads.push(sent);
      }
      if (uploads.length < files || !active()) return;
      const submission: Submission = {
        key: `crash-r${options.round}-c${c}-s${i}-${randomBytes(8).toString('hex')}`,
        round: options.round,
        body: options.request(
          uploads.map((u) => u.id),
          i,
        ),
        uploads,
        outcome: 'lost',
      };
      submissions.push(submission);
      let status: number;
      let text: string;
      try {
        const response = await fetch(`${options.url}/api/v1/procedures/${options.procedure}/dossiers`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.key },
          body: JSON.stringify(submission.body),
          signal: AbortSignal.timeout(options.requestTimeoutMs),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        // No whole answer: the kill cut it off (or, if the server was meant to be up, a problem).
        if (!stopped) problems.push(`round ${options.round}: submission ${submission.key} failed while the server was up: ${describeError(error)}`);
        return;
      }
      if (status !== 201) {
        submission.outcome = 'failed';
        submission.failure = `${status} ${text.slice(0, 300)}`;
        problems.push(`round ${options.round}: submission ${submission.key} was answered ${submission.failure}`);
        return;
      }
      const receipt = JSON.parse(text) as { code: string; secret: string };
      submission.outcome = 'acked';
      submission.receipt = { code: receipt.code, secret: receipt.secret };
    }
  }

  load.done = Promise.all(Array.from({ length: options.clients }, (_, c) => client(c))).then(() => undefined);
  return load;
}
