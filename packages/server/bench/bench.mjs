// `pnpm bench` (server part): durable submissions, documents, catalogue
// search, cold start and memory of the real server (dist/main.js, spawned as
// its own process on 127.0.0.1), each figure next to a baseline measured in
// the same run:
//   - submissions next to a validate-only route that takes the same JSON
//     body (bench/validate-server.mjs: the real app plus that route, in a
//     process of the same kind; see its header for why it is fair);
//   - search next to GET /healthz of the same server;
//   - cold start next to a bare Node HTTP server.
// Every autocannon run lasts BENCH_SECONDS (3); the kinds of run are
// interleaved over BENCH_ROUNDS (5) rounds, and each figure is the median of
// its rounds, because the machine is shared and noisy. Latencies are
// autocannon's own response times (its 'response' events, to the
// microsecond; its histogram keeps whole milliseconds), of 2xx answers only.
// "Server CPU per answer" is the server process's CPU time over a run (all
// its threads, /proc/<pid>/stat) divided by its 2xx answers, and "use" that
// CPU time over the run's length: 100% is one core busy the whole run.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { buildSearchDatabase, SEARCH_QUERIES, timeSearchSql } from './search-catalogue.mjs';
import {
  AGENCY,
  ANSWER_BYTES,
  multipart,
  MULTIPART_TYPE,
  oneDocumentBody,
  PROCEDURE,
  SCAN_BYTES,
  scanPdf,
  SMALL_PDF,
  threeDocumentBody,
} from './submission-bodies.mjs';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));
const CATALOGUE_DIR = fileURLToPath(new URL('../../../catalogue', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
/** Concurrent citizens submitting; group commit needs several to batch. */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** "Modest concurrency" for search. */
const SEARCH_CONNECTIONS = 4;
const SEARCH_PROCEDURES = Number(process.env.BENCH_SEARCH_PROCEDURES ?? 10_000);
/** Generated procedures take effect this long after their publication starts (see the search set-up). */
const SEARCH_DELAY_MS = 90_000;
const COLD_NEW = 3;
const COLD_EXISTING = 5;

const benchStarted = performance.now();
const root = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
const children = new Set();

function log(message) {
  process.stderr.write(`[${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

function cleanUp() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};
const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One GET to 127.0.0.1, resolving to the status (0 when nothing listens yet). */
function get(port, path) {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

function post(port, path, body, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { ...headers, 'content-length': body.length }, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Spawns a server script of this package with the bench's environment; the output is kept for errors. */
function spawnServer(script, { port, dir, args = [], env = {} }) {
  mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, [...args, script], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      LANG: 'en_US.UTF-8',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: join(dir, 'motcua.sqlite'),
      UPLOAD_DIR: join(dir, 'files'),
      CATALOGUE_DIR,
      RATE_LIMIT_PER_MINUTE: '0',
      BODY_LIMIT_BYTES: String(8 * 1024 * 1024),
      ADMIN_PASSWORD: 'bench-admin-password-not-secret',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.output = '';
  child.stdout.on('data', (chunk) => (child.output += chunk));
  child.stderr.on('data', (chunk) => (child.output += chunk));
  child.port = port;
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Milliseconds from now until /healthz answers 200, polling every 5 ms. */
async function untilHealthy(child, started = performance.now(), timeoutMs = 600_000) {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${child.output}`);
    if ((await get(child.port, '/healthz')).status === 200) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`no answer from /healthz after ${timeoutMs} ms:\n${child.output}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function rssKiB(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

/** Peak resident memory per process, sampled every 50 ms while a run lasts. */
const peakRss = new Map();
function sampleRss(pid) {
  const sample = () => {
    const kib = rssKiB(pid);
    if (kib > (peakRss.get(pid) ?? 0)) peakRss.set(pid, kib);
  };
  sample();
  const timer = setInterval(sample, 50);
  return () => {
    clearInterval(timer);
    sample();
  };
}

/** CPU seconds a process has used so far, all its threads (utime + stime of /proc/<pid>/stat). */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/**
 * One bounded autocannon run. Returns the successful answers per second, the
 * latencies of 2xx answers (ms, sorted), the non-2xx count, the server's CPU
 * time over the run and autocannon's result.
 */
function cannon(options, pid) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const stopSampling = pid ? sampleRss(pid) : () => {};
    const cpuBefore = pid ? cpuSeconds(pid) : NaN;
    const instance = autocannon({ timeout: 30, ...options }, (error, result) => {
      stopSampling();
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      const cpu = cpuSeconds(pid) - cpuBefore;
      resolve({
        perSecond: result['2xx'] / result.duration,
        latencies,
        result,
        non2xx: result.non2xx + result.errors + result.timeouts,
        cpu,
        cpuShare: cpu / result.duration,
        cpuPerAnswer: (cpu * 1000) / Math.max(1, result['2xx']),
      });
    });
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status >= 200 && status < 300) latencies.push(responseTime);
    });
  });
}

// ---------------------------------------------------------------- set-up

log(`temporary folder ${root}`);
const ports = { durable: await freePort(), baseline: await freePort(), search: await freePort() };

// The search database first: generating and publishing takes a while, and
// its generated procedures take effect SEARCH_DELAY_MS after publication.
// dist/main.js compiles every version in force when it starts (createApp);
// with 10,000 in force that takes minutes, so the server is started before
// they take effect and compiles the 22 real ones only, as it would after a
// publication scheduled for a later date. The full start with 10,000 in force
// is measured only with BENCH_COLD_10K=1.
log(`search: generating and publishing ${SEARCH_PROCEDURES.toLocaleString('en')} procedures`);
const searchDir = join(root, 'search');
mkdirSync(searchDir, { recursive: true });
const searchBuild = await buildSearchDatabase(join(searchDir, 'motcua.sqlite'), CATALOGUE_DIR, SEARCH_PROCEDURES, SEARCH_DELAY_MS);
log(`search: ${searchBuild.procedures} procedures in ${searchBuild.seconds.toFixed(1)} s; generated ones in force from ${searchBuild.effectiveFrom}`);

const searchServer = spawnServer('dist/main.js', { port: ports.search, dir: searchDir });
const searchColdMs = await untilHealthy(searchServer);
const searchStartedBeforeEffect = Date.now() < Date.parse(searchBuild.effectiveFrom);

log('starting dist/main.js (durable) and bench/validate-server.mjs (validate-only) on new databases');
const durable = spawnServer('dist/main.js', { port: ports.durable, dir: join(root, 'durable') });
const baseline = spawnServer('bench/validate-server.mjs', { port: ports.baseline, dir: join(root, 'baseline') });
await untilHealthy(durable);
await untilHealthy(baseline);
const idleRss = { durable: rssKiB(durable.pid), baseline: rssKiB(baseline.pid) };
const durability = JSON.parse((await get(ports.baseline, '/bench/durability')).body);

// ---------------------------------------------------------------- submissions

const small = multipart(SMALL_PDF, 'giay-de-nghi.pdf');
/** Uploads made before the timed runs, one per planned dossier: an upload joins one dossier only. */
const pool = [];
let starved = 0;
let redone = 0;
let keys = 0;
const key = () => `bench-${process.pid}-${(keys += 1)}`;
const submitPath = `/api/v1/procedures/${PROCEDURE}/dossiers`;
const validatePath = `/api/v1/procedures/${PROCEDURE}/validate`;
const jsonHeaders = () => ({ 'content-type': 'application/json', 'idempotency-key': key() });
const uploadStats = { count: 0, seconds: 0 };

async function fillPool(size) {
  const missing = size - pool.length;
  if (missing <= 0) return;
  const t0 = performance.now();
  await cannon({
    url: `http://127.0.0.1:${ports.durable}`,
    connections: Math.min(16, missing),
    amount: missing,
    requests: [{
      method: 'POST',
      path: '/api/v1/uploads',
      headers: { 'content-type': MULTIPART_TYPE },
      body: small,
      onResponse: (status, body) => {
        if (status === 201) pool.push(JSON.parse(body).id);
      },
    }],
  });
  uploadStats.count += missing;
  uploadStats.seconds += (performance.now() - t0) / 1000;
}

/** A submission of the one-document dossier, each with its own key and its own upload. */
function oneDocumentRun(server, path, options = { duration: SECONDS }) {
  const fromPool = server === durable;
  return cannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    ...options,
    requests: [{
      method: 'POST',
      path,
      setupRequest: (request) => {
        let upload = fromPool ? pool.pop() : randomUUID();
        if (upload === undefined) {
          starved += 1;
          upload = randomUUID();
        }
        request.headers = jsonHeaders();
        request.body = oneDocumentBody(upload);
        return request;
      },
    }],
  }, server.pid);
}

// The same check of the bodies the runs send, once, before anything is timed.
{
  await fillPool(1);
  const check = await post(ports.durable, submitPath, Buffer.from(oneDocumentBody(pool.pop())), jsonHeaders());
  if (check.status !== 201) throw new Error(`the bench's submission is refused: ${check.status} ${check.body}`);
  const valid = await post(ports.baseline, validatePath, Buffer.from(oneDocumentBody(randomUUID())), jsonHeaders());
  if (valid.status !== 200) throw new Error(`the validate-only route refuses the bench's body: ${valid.status} ${valid.body}`);
}

// ---------------------------------------------------------------- three documents of 200 KB

const makeScan = scanPdf();
let scans = 0;

/**
 * One citizen's dossier with three documents: three uploads of 200 KB (each
 * unique, so each is written and fsynced), then the submission naming them.
 * Against the baseline the same four requests go to routes that read and
 * check the same bytes and body and store nothing.
 */
function threeDocumentRun(server) {
  const isDurable = server === durable;
  const uploadPath = isDurable ? '/api/v1/uploads' : '/api/v1/bench/upload-check';
  const flows = [];
  const upload = (i) => ({
    method: 'POST',
    path: uploadPath,
    setupRequest: (request, context) => {
      if (i === 0) {
        context.ids = [];
        context.started = performance.now();
      }
      request.headers = { 'content-type': MULTIPART_TYPE };
      request.body = multipart(makeScan(`${process.pid}-${(scans += 1)}`), `giay-to-${i + 1}.pdf`);
      return request;
    },
    onResponse: (status, body, context) => {
      if (status === 201) context.ids.push(JSON.parse(body).id);
    },
  });
  return cannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [upload(0), upload(1), upload(2), {
      method: 'POST',
      path: isDurable ? submitPath : validatePath,
      setupRequest: (request, context) => {
        request.headers = jsonHeaders();
        request.body = threeDocumentBody(context.ids.length === 3 ? context.ids : [randomUUID(), randomUUID(), randomUUID()]);
        return request;
      },
      onResponse: (status, _body, context) => {
        if (status === (isDurable ? 201 : 200)) flows.push(performance.now() - context.started);
      },
    }],
  }, server.pid).then((run) => {
    flows.sort((a, b) => a - b);
    const seconds = run.result.duration;
    return { ...run, dossiersPerSecond: flows.length / seconds, megabytesPerSecond: (flows.length * 3 * SCAN_BYTES) / seconds / 1e6, flows, cpuPerAnswer: (run.cpu * 1000) / Math.max(1, flows.length) };
  });
}

// ---------------------------------------------------------------- search

const searchPaths = SEARCH_QUERIES.map((q) => `/api/v1/procedures?q=${encodeURIComponent(q)}`);
function searchRun(paths) {
  return cannon({
    url: `http://127.0.0.1:${ports.search}`,
    connections: SEARCH_CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  }, searchServer.pid);
}

// ---------------------------------------------------------------- warm-up

log('warm-up');
await oneDocumentRun(baseline, validatePath, { duration: 1 });
await fillPool(600);
const warm = await oneDocumentRun(durable, submitPath, { amount: pool.length - CONNECTIONS });
let fastestDurable = warm.perSecond;
await threeDocumentRun(baseline);
await threeDocumentRun(durable);

// ---------------------------------------------------------------- interleaved rounds

const runs = { validate: [], durable: [], validate3: [], durable3: [], health: [], search: [] };
const order = [
  ['validate', () => oneDocumentRun(baseline, validatePath)],
  ['durable', async () => {
    // Uploads for this run, before it and untimed: enough for twice the fastest rate seen;
    // a run that still runs out (its last submissions would be refused) is made again with more.
    for (let attempt = 2; ; attempt += 1) {
      await fillPool(Math.ceil(fastestDurable * SECONDS * attempt) + 4 * CONNECTIONS);
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // let the checkpoint worker catch up with the uploads
      const before = starved;
      const run = await oneDocumentRun(durable, submitPath);
      fastestDurable = Math.max(fastestDurable, run.perSecond);
      if (starved === before || attempt === 4) return run;
      redone += 1;
      log(`durable run ran out of uploads (${starved - before} submissions without one); made again with more`);
    }
  }],
  ['validate3', () => threeDocumentRun(baseline)],
  ['durable3', () => threeDocumentRun(durable)],
];
const searchOrder = [
  ['health', () => searchRun(['/healthz'])],
  ['search', () => searchRun(searchPaths)],
];

for (let round = 0; round < ROUNDS; round += 1) {
  // Alternate the order, so neither side always runs first.
  const kinds = round % 2 === 0 ? order : [...order].reverse();
  log(`round ${round + 1}/${ROUNDS}: ${kinds.map(([name]) => name).join(', ')}`);
  for (const [name, run] of kinds) runs[name].push(await run());
}

// ---------------------------------------------------------------- cold start

log('cold start: dist/main.js on new and existing databases, and a bare Node HTTP server');
const bareServer = "require('node:http').createServer((q, s) => s.end('{\"status\":\"ok\"}')).listen(Number(process.env.PORT), '127.0.0.1')";
const cold = { fresh: [], existing: [], bare: [] };
const coldDir = join(root, 'cold-existing');
// Interleaved: new, existing, existing, new, … (the first start makes the existing database).
const coldPlan = Array.from({ length: COLD_NEW + COLD_EXISTING }, (_, i) => (i % 3 === 0 && i / 3 < COLD_NEW ? 'fresh' : 'existing'));
for (const [i, kind] of coldPlan.entries()) {
  const port = await freePort();
  const started = performance.now();
  const dir = kind === 'fresh' && i > 0 ? join(root, `cold-fresh-${i}`) : coldDir;
  const child = spawnServer('dist/main.js', { port, dir });
  cold[kind].push(await untilHealthy(child, started));
  await stop(child);
  if (dir !== coldDir) rmSync(dir, { recursive: true, force: true });
  const barePort = await freePort();
  const bareStarted = performance.now();
  const bare = spawn(process.execPath, ['-e', bareServer], { env: { ...process.env, PORT: String(barePort) }, stdio: 'ignore' });
  children.add(bare);
  bare.port = barePort;
  bare.output = '';
  cold.bare.push(await untilHealthy(bare, bareStarted));
  await stop(bare);
}
cold.fresh.sort((a, b) => a - b);
cold.existing.sort((a, b) => a - b);

// And once on the database the runs filled (dossiers, uploads and their files: the start sweeps them).
await stop(durable);
const filled = new Database(join(root, 'durable', 'motcua.sqlite'), { readonly: true });
const contents = {
  dossiers: filled.prepare('SELECT COUNT(*) FROM dossiers').pluck().get(),
  uploads: filled.prepare('SELECT COUNT(*) FROM uploads').pluck().get(),
  files: filled.prepare('SELECT COUNT(DISTINCT sha256) FROM uploads').pluck().get(),
};
filled.close();
const restartPort = await freePort();
const restartStarted = performance.now();
const restarted = spawnServer('dist/main.js', { port: restartPort, dir: join(root, 'durable') });
const restartMs = await untilHealthy(restarted, restartStarted);
await stop(restarted);

// ---------------------------------------------------------------- search rounds

const wait = Date.parse(searchBuild.effectiveFrom) - Date.now();
if (wait > 0) {
  log(`search: waiting ${(wait / 1000).toFixed(0)} s for the generated procedures to take effect`);
  await new Promise((resolve) => setTimeout(resolve, wait + 50));
}
const probe = JSON.parse((await get(ports.search, '/api/v1/procedures?q=karaoke&limit=1')).body);
const inForce = JSON.parse((await get(ports.search, '/api/v1/procedures?limit=1')).body).total;
if (!(probe.total > 0)) throw new Error('the generated procedures are not found by the search');
log(`search: ${inForce} procedures in force; warm-up`);
await searchRun(searchPaths);
for (let round = 0; round < ROUNDS; round += 1) {
  const kinds = round % 2 === 0 ? searchOrder : [...searchOrder].reverse();
  log(`search round ${round + 1}/${ROUNDS}`);
  for (const [name, run] of kinds) runs[name].push(await run());
}
log('search: SQL alone (SqliteProcedureSearch.find on a connection of the bench process)');
const sql = timeSearchSql(join(searchDir, 'motcua.sqlite'), SEARCH_QUERIES, Number(process.env.BENCH_SQL_ITERATIONS ?? 15));

let searchFull;
if (process.env.BENCH_COLD_10K === '1') {
  log(`cold start of dist/main.js with ${inForce} procedures in force (minutes)`);
  await stop(searchServer);
  const port = await freePort();
  const started = performance.now();
  const child = spawnServer('dist/main.js', { port, dir: searchDir });
  searchFull = { ms: await untilHealthy(child, started), rss: rssKiB(child.pid) };
  await stop(child);
}

// ---------------------------------------------------------------- report

const ms = (value) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en'));
const rate = (value) => Math.round(value).toLocaleString('en');
const ratio = (value) => `${value.toFixed(2)}`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
const med = (name, pick) => median(runs[name].map(pick));
const p50 = (name) => med(name, (r) => percentile(r.latencies, 0.5));
const p99 = (name) => med(name, (r) => percentile(r.latencies, 0.99));
const flowP = (name, p) => med(name, (r) => percentile(r.flows, p));
const failures = (name) => runs[name].reduce((sum, r) => sum + r.non2xx, 0);

const validateRate = med('validate', (r) => r.perSecond);
const durableRate = med('durable', (r) => r.perSecond);
const validate3Rate = med('validate3', (r) => r.dossiersPerSecond);
const durable3Rate = med('durable3', (r) => r.dossiersPerSecond);
const validate3MB = med('validate3', (r) => r.megabytesPerSecond);
const durable3MB = med('durable3', (r) => r.megabytesPerSecond);
const durableRatio = durableRate / validateRate;
const peak = { durable: peakRss.get(durable.pid), baseline: peakRss.get(baseline.pid), search: peakRss.get(searchServer.pid) };
const healthRate = med('health', (r) => r.perSecond);
const searchRate = med('search', (r) => r.perSecond);
const searchP99 = p99('search');
const targetDurable = durableRatio >= 0.4;
const targetSearch = searchP99 < 10;

const node = process.version;
console.log(`\n@motcua/server: ${PROCEDURE} (${AGENCY}), ${ANSWER_BYTES.toLocaleString('en')}-byte answers, ${CONNECTIONS} connections, Node ${node}, ${ROUNDS} interleaved rounds of ${SECONDS} s, medians\n`);
console.log(`Durability in force: journal_mode=${durability.journal_mode}, synchronous=${durability.synchronous} (set by openDatabase, the same function dist/main.js opens its database with).\n`);
const cpu = (name) => `${ms(med(name, (r) => r.cpuPerAnswer))} ms (${Math.round(med(name, (r) => r.cpuShare) * 100)}%)`;
console.log('| figure | rate | p50 ms | p99 ms | server CPU per answer (use) | × validate-only |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| baseline: validate-only route, same body (parse, Idempotency-Key, submission schema, form schema), no write | ${rate(validateRate)} req/s | ${ms(p50('validate'))} | ${ms(p99('validate'))} | ${cpu('validate')} | 1.00 |`);
console.log(`| durable submission, 1 document (uploaded before the run), 201 after its commit | ${rate(durableRate)} dossiers/s | ${ms(p50('durable'))} | ${ms(p99('durable'))} | ${cpu('durable')} | ${ratio(durableRatio)} |`);
console.log(`| baseline: 3 × 200 KB read and checked (no store) + validate-only, per dossier | ${rate(validate3Rate)} dossiers/s, ${validate3MB.toFixed(1)} MB/s | ${ms(flowP('validate3', 0.5))} | ${ms(flowP('validate3', 0.99))} | ${cpu('validate3')} | ${ratio(validate3Rate / validateRate)} |`);
console.log(`| durable, 3 documents × 200 KB: 3 uploads (fsynced) + submission, per dossier | ${rate(durable3Rate)} dossiers/s, ${durable3MB.toFixed(1)} MB/s | ${ms(flowP('durable3', 0.5))} | ${ms(flowP('durable3', 0.99))} | ${cpu('durable3')} | ${ratio(durable3Rate / validateRate)} (× its own baseline: ${ratio(durable3Rate / validate3Rate)}) |`);
console.log(`| server RSS under load, peak (idle after start) | ${mib(peak.durable)} (${mib(idleRss.durable)}) | | | | ${ratio(peak.durable / peak.baseline)} (validate-only: ${mib(peak.baseline)}) |`);
console.log(`| cold start, existing database, until /healthz answers (${cold.existing.length} starts) | ${ms(median(cold.existing))} ms | | max ${ms(cold.existing.at(-1))} | | ${ratio(median(cold.existing) / median(cold.bare))} × a bare Node HTTP server (${ms(median(cold.bare))} ms) |`);
console.log(`| cold start, new database, with migrations and catalogue load (${cold.fresh.length} starts) | ${ms(median(cold.fresh))} ms | | max ${ms(cold.fresh.at(-1))} | | ${ratio(median(cold.fresh) / median(cold.bare))} × a bare Node HTTP server |`);
console.log(`| cold start, the database the runs filled (${contents.dossiers.toLocaleString('en')} dossiers, ${contents.uploads.toLocaleString('en')} uploads, ${contents.files.toLocaleString('en')} files; 1 start) | ${ms(restartMs)} ms | | | | ${ratio(restartMs / median(cold.bare))} × a bare Node HTTP server |`);
console.log('');
console.log(`Pre-uploads (small PDF, same bytes: one upload record each, committed on its own): ${uploadStats.count.toLocaleString('en')} at ${rate(uploadStats.count / uploadStats.seconds)} uploads/s.`);
const failed = Object.keys(runs).filter((name) => failures(name) > 0).map((name) => `${name} ${failures(name)}`);
if (failed.length > 0 || starved > 0) console.log(`Non-2xx answers, errors or time-outs: ${failed.join(', ') || 'none'}; submissions without an upload left: ${starved} (durable runs made again: ${redone}).`);
console.log(`Target, durable submissions ≥ 40% of the validate-only rate with synchronous=${durability.synchronous}: ${targetDurable ? 'met' : 'NOT met'} (${(durableRatio * 100).toFixed(0)}%).`);

console.log(`\nSearch: ${inForce.toLocaleString('en')} procedures in force (${searchBuild.procedures - searchBuild.generated} real, ${searchBuild.generated.toLocaleString('en')} generated), ${SEARCH_QUERIES.length} queries in turn, ${SEARCH_CONNECTIONS} connections, medians of ${ROUNDS} rounds\n`);
console.log('| figure | rate | p50 ms | p99 ms | server CPU per answer (use) | × GET /healthz |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| baseline: GET /healthz (SELECT 1), same server | ${rate(healthRate)} req/s | ${ms(p50('health'))} | ${ms(p99('health'))} | ${cpu('health')} | 1.00 |`);
console.log(`| GET /api/v1/procedures?q=… (HTTP, limit 20) | ${rate(searchRate)} req/s | ${ms(p50('search'))} | ${ms(p99('search'))} | ${cpu('search')} | ${ratio(searchRate / healthRate)} (rate), ${ratio(p99('search') / p99('health'))} (p99) |`);
console.log(`| SqliteProcedureSearch.find alone, all queries (no HTTP, 1 connection) | ${rate(1000 / sql.mean)} queries/s | ${ms(sql.p50)} | ${ms(sql.p99)} | | |`);
console.log(`| server RSS, peak during search | ${mib(peak.search)} | | | | |`);
console.log(`| cold start on this database, 22 versions in force (the rest not yet effective) | ${ms(searchColdMs)} ms | | | | ${searchStartedBeforeEffect ? `${ratio(searchColdMs / median(cold.bare))} × a bare Node HTTP server` : 'started after they took effect: it compiled them all'} |`);
if (searchFull) console.log(`| cold start on this database with all ${inForce.toLocaleString('en')} in force (createApp compiles each) | ${ms(searchFull.ms)} ms, RSS ${mib(searchFull.rss)} | | | | |`);
console.log('\n| query (SQL alone) | matches | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const row of sql.rows) console.log(`| ${row.text} | ${row.total.toLocaleString('en')} | ${ms(row.p50)} | ${ms(row.p99)} |`);
console.log(`\nTarget, search p99 under 10 ms: ${targetSearch ? 'met' : 'NOT met'} (${ms(searchP99)} ms over HTTP, ${ms(sql.p99)} ms for the SQL alone).`);

console.log(`\nWhat a power cut can and cannot lose (journal_mode=${durability.journal_mode}, synchronous=${durability.synchronous}, the default): a commit returns only once its WAL frames are fsynced, a dossier's 201 is sent only after the group commit that holds it, and an upload's 201 only after its file was fsynced into place and its record committed; so nothing a citizen got a 201 for is lost. What a power cut can lose is what was in flight: dossiers checked but whose batch had not committed, or committed but whose 201 had not left. A commit is in the WAL whole or not at all, the citizen holds no receipt, and a retry with the same Idempotency-Key files the dossier once (or returns the receipt of the one that was committed). A file written without its record is removed by the next start's sweep. synchronous=NORMAL would answer before the WAL reaches the disk (WAL files are synced only at checkpoints): the database would stay consistent, but a power cut could roll back dossiers whose citizens already hold a receipt. That is why FULL is the default; with group commit its fsync is paid once per batch, not once per dossier.`);
console.log(`\nWhole bench: ${((performance.now() - benchStarted) / 1000).toFixed(0)} s.`);

for (const child of [baseline, searchServer]) await stop(child);
