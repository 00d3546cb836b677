// The validate-only baseline of `pnpm bench` (server part), run as a process
// of its own, like dist/main.js: the real app (createApp on a real database
// opened by the server's own openDatabase, the real catalogue loaded, the
// same middleware: secure headers, body limit, CORS, rate limit, origin check)
// plus routes that do what a submission does up to its write, and no write:
//
//   POST /api/v1/procedures/:code/validate
//     the same JSON body as POST /api/v1/procedures/:code/dossiers, read the
//     same way (Content-Type check, JSON parse), the same Idempotency-Key
//     check, the same ajv check of the body against the submission schema
//     (SUBMISSION_SCHEMA, compiled by @motcua/core's createAjv as the app does)
//     and the same ajv check of the answers against the procedure's form
//     schema (createAjv().compile(definition.form.schema), the definition
//     read from the catalogue, as CompiledVersions does); then a 200.
//   POST /api/v1/bench/upload-check
//     a multipart document read like POST /api/v1/uploads and checked by
//     @motcua/core's checkFile against the same rule (every known type, the
//     upload limit); then a 201 with an upload-like answer, nothing hashed,
//     written or recorded.
//   GET /bench/durability
//     the pragmas openDatabase leaves in force on a connection (the same
//     function dist/main.js opens its database with).
//
// Why a separate process built from createApp rather than a route inside
// dist/main.js: the bench may not change server code, and this is the same
// kind of process (same Node, same hono adapter, same middleware chain, one
// event loop) with exactly the submission's checks minus the store, so the
// ratio of the two isolates what storing durably costs. It deliberately skips
// the lookups a submission also makes before its write (idempotency key,
// version in force, agency, uploads), because the baseline is
// "parsing and ajv-validating", and the analysis reports those separately.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { checkFile, createAjv, FILE_TYPES } from '@motcua/core';
import { createApp, isEmpty, loadCatalogueInto, loadConfig, openDatabase } from '../dist/index.js';
import { SUBMISSION_SCHEMA } from '../dist/submission/submission-request.js';

const config = loadConfig(process.env, process.cwd());
const database = openDatabase(config.databasePath);
if (isEmpty(database.db)) await loadCatalogueInto(database.db, config.catalogueDir);
const app = createApp({ db: database.db, config });

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;
const CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;
const validateBody = createAjv().compile(SUBMISSION_SCHEMA);
const forms = new Map();
function formOf(code) {
  if (!forms.has(code)) {
    let validate = null;
    try {
      const definition = JSON.parse(readFileSync(join(config.catalogueDir, 'procedures', `${code}.json`), 'utf8'));
      validate = createAjv().compile(definition.form.schema);
    } catch {
      // No such procedure: answered as a 404 below.
    }
    forms.set(code, validate);
  }
  return forms.get(code);
}
// Compiled before the first request, as createApp compiles every version in force.
for (const name of ['1.013225.json']) formOf(name.replace(/\.json$/, ''));

const problem = (c, status, code) => c.json({ error: { code, message: code, details: null } }, status);

app.post('/api/v1/procedures/:code/validate', async (c) => {
  const code = c.req.param('code');
  if (!CODE.test(code)) return problem(c, 400, 'invalid-request');
  if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) return problem(c, 415, 'unsupported-media-type');
  let body;
  try {
    body = await c.req.json();
  } catch {
    return problem(c, 400, 'invalid-json');
  }
  if (!validateBody(body)) return problem(c, 400, 'invalid-request');
  const key = c.req.header('idempotency-key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) return problem(c, 400, 'idempotency-key-required');
  const validate = formOf(code);
  if (!validate) return problem(c, 404, 'not-found');
  let valid = false;
  try {
    valid = validate(body.answers) === true;
  } catch {
    valid = false;
  }
  if (!valid) return problem(c, 422, 'answers-invalid');
  return c.json({ valid: true, procedure: code, agency: body.agency }, 200, { 'Cache-Control': 'no-store' });
});

const uploadRule = { accept: FILE_TYPES.map((type) => type.mime), maxSize: config.uploadLimit };
app.post('/api/v1/bench/upload-check', async (c) => {
  const form = await c.req.parseBody({ all: true });
  const file = form.file;
  if (!(file instanceof File)) return problem(c, 400, 'invalid-request');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checked = checkFile({ name: file.name, size: bytes.length, bytes }, uploadRule);
  if (!checked.ok) return problem(c, 422, checked.error.code);
  return c.json({ id: crypto.randomUUID(), name: checked.safeName, size: bytes.length, mime: checked.type.mime, sha256: '' }, 201);
});

app.get('/bench/durability', (c) =>
  c.json({
    journal_mode: database.sqlite.pragma('journal_mode', { simple: true }),
    synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][database.sqlite.pragma('synchronous', { simple: true })],
  }),
);

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`validate-only baseline listening on http://${config.host}:${info.port}/healthz`);
});
const stop = () => server.close(() => {
  database.close();
  process.exit(0);
});
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
