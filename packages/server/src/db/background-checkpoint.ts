import { Worker } from 'node:worker_threads';
import type { DatabaseHandle } from './open-database.js';

/**
 * Moves WAL checkpoints off the request path: SQLite's automatic checkpoint
 * is turned off on the serving connection and a worker thread checkpoints
 * every `intervalMs`. Returns a stop function that checkpoints one last time.
 */
export function startBackgroundCheckpoint(handle: DatabaseHandle, path: string, intervalMs = 1000): () => Promise<void> {
  if (path === ':memory:') return async () => {};
  handle.sqlite.pragma('wal_autocheckpoint = 0');
  const worker = new Worker(new URL('./checkpoint-worker.js', import.meta.url), { workerData: { path, intervalMs } });
  worker.unref();
  return () =>
    new Promise<void>((resolve) => {
      worker.once('message', () => void worker.terminate().then(() => resolve()));
      worker.once('error', () => resolve());
      worker.postMessage('stop');
    });
}
