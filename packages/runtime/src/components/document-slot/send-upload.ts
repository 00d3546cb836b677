/** A file the server holds; a dossier or a draft refers to it by `id`. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  /** The MIME type the server recognised from the content. */
  type: string;
}

export type UploadOutcome =
  | { ok: true; upload: UploadedFile }
  /**
   * `refused`: the server's own check of the whole file said no, and would
   * say no again. `network`: the server was not reached. `server`: anything
   * else it answered. `message` is the server's, in the language asked for.
   */
  | { ok: false; kind: 'network' | 'server' | 'refused'; message?: string; cause: unknown };

export interface UploadRequest {
  done: Promise<UploadOutcome>;
  abort: () => void;
}

/**
 * Posts one file to `POST /api/v1/uploads`. XMLHttpRequest rather than fetch:
 * only it reports how much of the body has gone, which a citizen on a weak
 * connection needs to see. `onProgress` gets a whole percentage.
 */
export function sendUpload(url: string, form: FormData, language: string, onProgress: (percent: number) => void): UploadRequest {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadOutcome>((resolve) => {
    const unreached = (cause: unknown) => resolve({ ok: false, kind: 'network', cause });
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.floor((event.loaded / event.total) * 100));
    });
    xhr.addEventListener('error', unreached);
    // Removing a file while it uploads aborts it; the queue still needs its answer to move on.
    xhr.addEventListener('abort', unreached);
    xhr.addEventListener('load', () => resolve(outcome(xhr.status, xhr.response)));
    // A server attribute that is no URL makes open() throw: to the citizen, the server is out of reach all the same.
    try {
      xhr.open('POST', url);
      xhr.responseType = 'json';
      xhr.setRequestHeader('Accept-Language', language);
      xhr.send(form);
    } catch (error) {
      unreached(error);
    }
  });
  return { done, abort: () => xhr.abort() };
}

function outcome(status: number, body: unknown): UploadOutcome {
  const answer = (body ?? {}) as Record<string, unknown>;
  if (status === 201 && typeof answer.id === 'string' && typeof answer.name === 'string' && typeof answer.size === 'number' && typeof answer.mime === 'string') {
    return { ok: true, upload: { id: answer.id, name: answer.name, size: answer.size, type: answer.mime } };
  }
  const error = (answer.error ?? {}) as { code?: unknown; message?: unknown };
  const kind = typeof error.code === 'string' && error.code.startsWith('file-') ? 'refused' : 'server';
  const cause = { status, code: error.code };
  return typeof error.message === 'string' ? { ok: false, kind, message: error.message, cause } : { ok: false, kind, cause };
}
