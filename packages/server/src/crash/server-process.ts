import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.js', import.meta.url));

/** The compiled server (dist/main.js) running as its own process, as in production. */
export interface ServerProcess {
  /** http://127.0.0.1:<port>, as the server printed it. */
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Kills the process with SIGKILL (no handler, no cleanup) and waits until it is gone. */
  kill(): Promise<void>;
  /** Asks for a clean stop with SIGTERM, falling back to SIGKILL; resolves with the exit code. */
  stop(): Promise<number | null>;
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts `node dist/main.js` on 127.0.0.1 with a free port and waits for the
 * line that says it listens. Rejects (and kills the process) if it exits or
 * says nothing within `startTimeoutMs`.
 */
export async function startServer(env: Record<string, string>, startTimeoutMs: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.end();
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = exitOf(child);
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const found = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1\/procedures/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    void exited.then((code) => reject(new Error(`the server exited (code ${code}) before listening:\n${output}`)));
  });
  let url: string;
  try {
    url = await within(listening, startTimeoutMs, 'server start');
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error instanceof Error ? new Error(`${error.message}\n--- server output ---\n${output}`) : error;
  }
  return {
    url,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await within(exited, 30_000, 'SIGKILL');
    },
    async stop() {
      child.kill('SIGTERM');
      try {
        return await within(exited, 15_000, 'SIGTERM');
      } catch {
        child.kill('SIGKILL');
        await exited;
        return null;
      }
    },
  };
}
