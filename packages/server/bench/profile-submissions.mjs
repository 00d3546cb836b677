// Where a durable submission's time goes, next to the validate-only route
// (not part of `pnpm bench`; run `node bench/profile-submissions.mjs` after
// `pnpm build`). Each server runs under --cpu-prof; only the samples taken
// while autocannon drives it count (V8's profile and process.hrtime share the
// monotonic clock). Prints, per answered request, the CPU of the server's
// main thread by function (self time) and by the steps of a submission
// (inclusive time).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { multipart, MULTIPART_TYPE, oneDocumentBody, PROCEDURE, SMALL_PDF } from './submission-bodies.mjs';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const root = mkdtempSync(join(tmpdir(), 'motcua-profile-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));

const port = () => new Promise((resolve) => {
  const server = createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = server.address();
    server.close(() => resolve(p));
  });
});
const healthy = (p) => new Promise((resolve) => {
  const req = httpRequest({ host: '127.0.0.1', port: p, path: '/healthz', agent: false }, (res) => {
    res.resume();
    resolve(res.statusCode === 200);
  });
  req.on('error', () => resolve(false));
  req.end();
});
const run = (options) => new Promise((resolve, reject) => autocannon({ timeout: 30, ...options }, (e, r) => (e ? reject(e) : resolve(r))));
const now = () => Number(process.hrtime.bigint() / 1000n);

async function profiled(script, drive) {
  const p = await port();
  const dir = join(root, script.replace(/\W/g, '-'));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, script], {
    cwd: SERVER_DIR,
    env: {
      ...process.env, LANG: 'en_US.UTF-8', PORT: String(p), HOST: '127.0.0.1', DATABASE_URL: join(dir, 'db.sqlite'), UPLOAD_DIR: join(dir, 'files'),
      CATALOGUE_DIR: fileURLToPath(new URL('../../../catalogue', import.meta.url)), RATE_LIMIT_PER_MINUTE: '0', BODY_LIMIT_BYTES: String(8 << 20), ADMIN_PASSWORD: 'bench-admin-password-not-secret',
    },
    stdio: 'ignore',
  });
  while (!(await healthy(p))) await new Promise((resolve) => setTimeout(resolve, 20));
  const window = await drive(`http://127.0.0.1:${p}`);
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
  const file = readdirSync(dir).filter((name) => name.endsWith('.cpuprofile')).sort()[0];
  return { profile: JSON.parse(readFileSync(join(dir, file), 'utf8')), ...window };
}

function load(base, path, ids) {
  return async () => {
    let keys = 0;
    const t0 = now();
    const result = await run({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [{
        method: 'POST',
        path,
        setupRequest: (request) => {
          request.headers = { 'content-type': 'application/json', 'idempotency-key': `profile-${process.pid}-${(keys += 1)}` };
          request.body = oneDocumentBody(ids ? ids.pop() ?? randomUUID() : randomUUID());
          return request;
        },
      }],
    });
    return { from: t0, to: now(), answered: result['2xx'], perSecond: result['2xx'] / result.duration };
  };
}

const durable = await profiled('dist/main.js', async (base) => {
  const ids = [];
  const body = multipart(SMALL_PDF, 'giay-de-nghi.pdf');
  await run({
    url: base, connections: 16, amount: Number(process.env.BENCH_UPLOADS ?? 4000),
    requests: [{ method: 'POST', path: '/api/v1/uploads', headers: { 'content-type': MULTIPART_TYPE }, body, onResponse: (s, b) => s === 201 && ids.push(JSON.parse(b).id) }],
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return load(base, `/api/v1/procedures/${PROCEDURE}/dossiers`, ids)();
});
const validate = await profiled('bench/validate-server.mjs', (base) => load(base, `/api/v1/procedures/${PROCEDURE}/validate`)());

const STEPS = [
  ['submitDossier', 'checks before the write (submitDossier)'],
  ['get@resolved-calendars.js', '  of which: calendar (SELECT * + JSON.parse of the calendar, every request)'],
  ['agency@agency-store.js', '  of which: agency (JSON.parse of the agency, twice)'],
  ['offering@agency-store.js', '  of which: offering'],
  ['versionInForce', '  of which: version in force (prepared, but reads the whole definition text)'],
  ['withIdempotencyKey', '  of which: idempotency key lookup (prepared)'],
  ['get@upload-store.js', '  of which: upload lookups (prepared)'],
  ['answersValid', '  of which: ajv, the answers against the form'],
  ['pruneHiddenAnswers', '  of which: hidden sections dropped'],
  ['canonical', '  of which: canonical JSON of the request (idempotency hash)'],
  ['computeDueDate', '  of which: expected date'],
  ['flush', 'group commit (CommitBatcher.flush: writes + COMMIT)'],
  ['write@submit-dossier.js', '  of which: the dossier\'s writes'],
  ['nextSequence', '    dossier sequence (upsert, unprepared)'],
  ['insert@dossier-store.js', '    dossier, documents, event (inserts, unprepared)'],
  ['attach', '    upload attached (update, unprepared)'],
  ['secretFor', '    dossier secret (HMAC)'],
  ['prepare@wrappers.js', 'statement preparation (better-sqlite3 prepare)'],
  ['(garbage collector)', 'garbage collection'],
];

function summary({ profile, from, to, answered }) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anonymous)'}@${n.callFrame.url.split('/').pop()}`;
  const self = new Map();
  const inclusive = new Map();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    t += dt;
    if (t < from || t > to) return;
    total += dt;
    const node = nodes.get(id);
    const label = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/\/.*\/packages\//, '')}:${node.callFrame.lineNumber + 1}`;
    self.set(label, (self.get(label) ?? 0) + dt);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const n = nodes.get(at);
      for (const key of [name(n), n.callFrame.functionName]) {
        if (!seen.has(key)) {
          seen.add(key);
          inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
        }
      }
    }
  });
  const idle = self.get('(idle) :0') ?? 0;
  return { self, inclusive, total, idle, answered, per: (us) => us / answered };
}

const d = summary(durable);
const v = summary(validate);
console.log(`\nProfile, ${CONNECTIONS} connections, ${SECONDS} s each: durable ${Math.round(durable.perSecond)} dossiers/s, validate-only ${Math.round(validate.perSecond)} req/s (${((durable.perSecond / validate.perSecond) * 100).toFixed(0)}%).`);
console.log(`Main thread, µs per answered request: durable ${Math.round(d.per(d.total - d.idle))} busy + ${Math.round(d.per(d.idle))} idle; validate-only ${Math.round(v.per(v.total - v.idle))} busy + ${Math.round(v.per(v.idle))} idle.\n`);
console.log('| step of a durable submission | µs per dossier | share of its busy time |');
console.log('|---|---:|---:|');
for (const [key, label] of STEPS) {
  const us = d.inclusive.get(key) ?? 0;
  console.log(`| ${label} | ${Math.round(d.per(us))} | ${((100 * us) / (d.total - d.idle)).toFixed(1)}% |`);
}
for (const [title, s] of [['durable submission', d], ['validate-only', v]]) {
  console.log(`\n| ${title}: function (self time) | µs per answer | share |`);
  console.log('|---|---:|---:|');
  for (const [label, us] of [...s.self].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`| ${label} | ${Math.round(s.per(us))} | ${((100 * us) / s.total).toFixed(1)}% |`);
  }
}
