import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition } from '@motcua/core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.js';
import { loadCatalogueInto } from '../catalogue/catalogue-loader.js';
import { loadConfig, type Config } from '../config/config.js';
import { openDatabase, type DatabaseHandle } from '../db/open-database.js';
import { buildValidatorModule } from '../validators/index.js';

const MODULE_CACHE = join(tmpdir(), 'motcua-test-validator-modules');

/**
 * Validator modules are deterministic, so test apps share them through a
 * folder keyed by the module format and the definition's hash instead of
 * bundling the whole catalogue again for every app (the modules' own tests
 * build them afresh). The format is in the key so that the folder, which
 * outlives a checkout, never hands a test a module of an older format.
 */
async function cachedModule(definition: ProcedureDefinition): Promise<string> {
  const path = join(MODULE_CACHE, `${VALIDATOR_MODULE_FORMAT}-${createHash('sha256').update(JSON.stringify(definition)).digest('hex')}.js`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    const source = await buildValidatorModule(definition);
    mkdirSync(MODULE_CACHE, { recursive: true });
    // Written aside and renamed, so a test file running alongside never reads half a module.
    const aside = `${path}.${process.pid}.tmp`;
    writeFileSync(aside, source);
    renameSync(aside, path);
    return source;
  }
}

export const CATALOGUE_DIR = fileURLToPath(new URL('../../../../catalogue', import.meta.url));
const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** 10:00 on Monday 2 March 2026, Vietnam time: a plain working day. */
export const FIXED_NOW = new Date('2026-03-02T03:00:00Z');

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  config: Config;
  dir: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Moves the app's clock. */
  setNow(now: Date): void;
  json(path: string, init?: RequestInit): Promise<{ status: number; body: any; headers: Headers }>;
  close(): void;
}

/**
 * The committed migrations up to and including `tag`, in a folder of their
 * own: a database migrated with it is one that an upgrade finds.
 */
export function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'motcua-migrations-'));
  cpSync(MIGRATIONS, folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === tag);
  if (last < 0) throw new Error(`No migration ${tag}`);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  return folder;
}

/**
 * A real app on a real SQLite file with the real migrations and, unless
 * told otherwise, the real catalogue loaded. `dir` reopens the files of an
 * app closed before (its database upgraded by the migrations it lacks);
 * `migrations` replaces the committed folder (see migrationsUpTo).
 */
export async function testApp(
  options: { catalogue?: string | false; now?: Date; loadedAt?: Date; env?: Record<string, string>; dir?: string; migrations?: string } = {},
): Promise<TestApp> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'motcua-server-'));
  const config = loadConfig({ DATABASE_URL: join(dir, 'test.sqlite'), RATE_LIMIT_PER_MINUTE: '0', ...options.env }, dir);
  const database = openDatabase(config.databasePath, options.migrations);
  let now = options.now ?? FIXED_NOW;
  if (options.catalogue !== false) await loadCatalogueInto(database.db, options.catalogue ?? CATALOGUE_DIR, options.loadedAt ?? now, cachedModule);
  const app = createApp({ db: database.db, config, now: () => now });
  const request = async (path: string, init?: RequestInit) => app.request(path, init);
  return {
    app,
    database,
    config,
    dir,
    request,
    setNow(next) {
      now = next;
    },
    async json(path, init) {
      const response = await request(path, init);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
    },
    close() {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
