import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { join } from 'node:path';

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Documents on disk, named by the SHA-256 of their bytes: the same scan
 * uploaded twice is stored once, and a name can never be chosen by a client.
 * A file is written under tmp/, flushed to disk, then renamed into place, so
 * a crash leaves either nothing or a whole file; leftovers in tmp/ are swept
 * at start.
 */
export class FileStore {
  private readonly tmp: string;

  constructor(private readonly root: string) {
    this.tmp = join(root, 'tmp');
    mkdirSync(this.tmp, { recursive: true });
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new TypeError('not a SHA-256 digest');
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  /**
   * Stores bytes under their digest. The writes and fsyncs run on libuv's
   * threads, so a document being flushed to disk never holds up other requests.
   */
  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha256);
    if (existsSync(target)) return sha256;
    const temporary = join(this.tmp, randomBytes(12).toString('hex'));
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    const folder = join(this.root, sha256.slice(0, 2));
    if (!existsSync(folder)) {
      await mkdir(folder, { recursive: true });
      await syncDirectory(this.root);
    }
    await rename(temporary, target);
    // The rename is only durable once the folder holding the new name is flushed too.
    await syncDirectory(folder);
    return sha256;
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Every stored digest (walks the folders; for sweeps at start). */
  digests(): string[] {
    return readdirSync(this.root)
      .filter((name) => /^[0-9a-f]{2}$/.test(name))
      .flatMap((folder) => readdirSync(join(this.root, folder)).filter((name) => /^[0-9a-f]{64}$/.test(name)));
  }

  remove(sha256: string): void {
    rmSync(this.pathOf(sha256), { force: true });
  }

  /** Removes what unfinished writes left behind; returns how many files it removed. */
  sweepTemporary(): number {
    const left = readdirSync(this.tmp);
    for (const name of left) rmSync(join(this.tmp, name), { force: true });
    return left.length;
  }
}
