import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CATALOGUE_DIR } from '../test-support/test-app.js';
import { startServer, type ServerProcess } from './server-process.js';
import { dossiersByKey, inspectStore } from './store-inspection.js';
import { startLoad, type Submission, type SubmissionBody } from './submission-load.js';

/*
 * The server process is killed with SIGKILL while many clients upload files
 * and file dossiers, then started again on the same database and upload
 * folder, several times over. After every restart: each dossier whose 201 a
 * client received is there with all its files, nothing is half-stored, the
 * leftovers of cut-off uploads are swept, and a request cut off by the kill
 * can be retried with its Idempotency-Key without filing a second dossier.
 */

const ROUNDS = 3;
const CLIENTS = 12;
const MAX_PER_CLIENT = 60;
/** A round's load never runs longer than this, whatever happens. */
const ROUND_LOAD_LIMIT_MS = 25_000;
/** The kill comes this long (random) after the round's first acknowledged dossier. */
const KILL_AFTER_MS: [number, number] = [300, 1500];
const REQUEST_TIMEOUT_MS = 30_000;
const FILE_BYTES: [number, number] = [100_000, 400_000];
const RETRIES_PER_ROUND = 40;
const REPLAYS_PER_ROUND = 5;

interface Catalogued {
  code: string;
  documents: { id: string; optional?: boolean }[];
  channels: { kind: string }[];
  result: { delivery: string[] };
  form: { schema: { required: string[] } };
}

interface Agency {
  id: string;
  code: string;
  offerings: { procedure: string }[];
}

const PROCEDURE = '2.000815';
const procedure = JSON.parse(readFileSync(join(CATALOGUE_DIR, 'procedures', `${PROCEDURE}.json`), 'utf8')) as Catalogued;
const agency = JSON.parse(readFileSync(join(CATALOGUE_DIR, 'agencies', 'phuong-ba-dinh.json'), 'utf8')) as Agency;

/** The one required document of the procedure, to which every upload is attached. */
const DOCUMENT = procedure.documents.find((d) => !d.optional)?.id ?? 'ban-chinh';

function request(uploadIds: string[], n: number): SubmissionBody {
  return {
    version: 1,
    agency: agency.id,
    channel: 'online',
    delivery: 'in-person',
    answers: { hoTen: `Nguyễn Văn Thử ${n}`, banSao: [{ tenGiayTo: 'Học bạ', soTrang: 1 + (n % 5), soBan: 1 + (n % 2) }] },
    documents: [{ document: DOCUMENT, uploads: uploadIds }],
  };
}

async function until(condition: () => boolean, limitMs: number): Promise<void> {
  const end = Date.now() + limitMs;
  while (!condition() && Date.now() < end) await sleep(20);
}

/** Runs `work` over `items`, at most `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

async function submitAgain(url: string, submission: Submission): Promise<{ status: number; text: string; replayed: boolean }> {
  const response = await fetch(`${url}/api/v1/procedures/${PROCEDURE}/dossiers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': submission.key },
    body: JSON.stringify(submission.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text(), replayed: response.headers.get('idempotent-replayed') === 'true' };
}

/** Every receipt received opens its dossier through the server: 200, status submitted, one 'submit' in its history. */
async function checkReceipts(url: string, submissions: readonly Submission[]): Promise<void> {
  const received = submissions.filter((s) => s.receipt);
  await pool(received, 8, async (s) => {
    const { code, secret } = s.receipt!;
    const response = await fetch(`${url}/api/v1/dossiers/${code}?secret=${encodeURIComponent(secret)}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    assert.equal(response.status, 200, `GET ${code} (key ${s.key}): ${text}`);
    const status = JSON.parse(text) as { code: string; status: string; history: { action: string }[] };
    assert.equal(status.code, code);
    assert.equal(status.status, 'submitted');
    assert.deepEqual(
      status.history.map((h) => h.action),
      ['submit'],
    );
  });
}

test('dossiers acknowledged before a SIGKILL survive the restart whole, and nothing half-stored is left', { timeout: 240_000 }, async (t) => {
  assert.ok(
    agency.offerings.some((o) => o.procedure === PROCEDURE),
    `${agency.id} offers ${PROCEDURE}`,
  );
  assert.ok(procedure.channels.some((c) => c.kind === 'online'));
  assert.ok(procedure.result.delivery.includes('in-person'));
  assert.deepEqual([...procedure.form.schema.required].sort(), ['banSao', 'hoTen']);

  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'motcua-crash-'));
  const databasePath = join(dir, 'motcua.sqlite');
  const uploadDir = join(dir, 'files');
  const tmp = join(uploadDir, 'tmp');
  const env = { DATABASE_URL: databasePath, UPLOAD_DIR: uploadDir, CATALOGUE_DIR, RATE_LIMIT_PER_MINUTE: '0' };
  const codePattern = new RegExp(`^${agency.code}-\\d{4}-\\d{6,}$`);
  const all: Submission[] = [];
  const problems: string[] = [];
  const totals = { sent: 0, acked: 0, lost: 0, lostCommitted: 0, retriedNew: 0, retriedReplayed: 0, replays: 0, uploadsSent: 0, uploadsAcked: 0, leftovers: 0 };
  let server: ServerProcess | undefined;
  let retriedNewBefore = 0;
  try {
    server = await startServer(env, 120_000);
    for (let round = 1; round <= ROUNDS; round++) {
      const { url } = server;
      const load = startLoad({
        url,
        round,
        procedure: PROCEDURE,
        request,
        clients: CLIENTS,
        maxPerClient: MAX_PER_CLIENT,
        deadline: Date.now() + ROUND_LOAD_LIMIT_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        minFileBytes: FILE_BYTES[0],
        maxFileBytes: FILE_BYTES[1],
      });
      let ended = false;
      void load.done.then(() => {
        ended = true;
      });
      // Kill mid-load: a random moment after the first receipt of the round.
      await until(() => load.acked() > 0 || ended, ROUND_LOAD_LIMIT_MS);
      const delay = randomInt(KILL_AFTER_MS[0], KILL_AFTER_MS[1] + 1);
      await sleep(delay);
      const inFlight = load.submissions.filter((s) => s.outcome === 'lost').length;
      load.stop();
      await server.kill();
      server = undefined;
      await load.done;
      problems.push(...load.problems);

      const sent = load.submissions;
      all.push(...sent);
      const acked = sent.filter((s) => s.outcome === 'acked');
      const lost = sent.filter((s) => s.outcome === 'lost');
      for (const s of acked) assert.match(s.receipt?.code ?? '', codePattern);
      totals.sent += sent.length;
      totals.acked += acked.length;
      totals.lost += lost.length;
      totals.uploadsSent += load.uploadsSent;
      totals.uploadsAcked += load.uploadsAcked;

      // What the kill left half-written in tmp/, plus a planted leftover the restart must sweep.
      const leftovers = readdirSync(tmp).length;
      totals.leftovers += leftovers;
      writeFileSync(join(tmp, `planted-leftover-${round}`), 'half a file cut off by SIGKILL');

      server = await startServer(env, 60_000);
      const { url: restarted } = server;
      assert.deepEqual(readdirSync(tmp), [], `tmp/ is empty after restart ${round}`);
      assert.equal((await fetch(`${restarted}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })).status, 200);

      // First as the kill left them: every receipt received opens its dossier, and the store is whole.
      const before = inspectStore(databasePath, uploadDir, all, DOCUMENT);
      assert.deepEqual(before.problems, [], `round ${round}: the store is whole after the restart`);
      await checkReceipts(restarted, all);

      // Requests the kill cut off, sent again with their key: the stored dossier's receipt, or a new one.
      const retried = lost.slice(0, RETRIES_PER_ROUND);
      const committed = dossiersByKey(databasePath, retried.map((s) => s.key));
      totals.lostCommitted += dossiersByKey(databasePath, lost.map((s) => s.key)).size;
      await pool(retried, 6, async (s) => {
        const again = await submitAgain(restarted, s);
        assert.equal(again.status, 201, `retry of ${s.key}: ${again.text}`);
        const receipt = JSON.parse(again.text) as { code: string; secret: string };
        const stored = committed.get(s.key);
        if (stored) {
          assert.ok(again.replayed, `retry of committed ${s.key} is a replay`);
          assert.equal(receipt.code, stored);
        } else {
          assert.ok(!again.replayed, `retry of uncommitted ${s.key} files it anew`);
        }
        s.receipt = { code: receipt.code, secret: receipt.secret };
        s.retried = again.replayed ? 'replayed' : 'new';
        if (again.replayed) totals.retriedReplayed += 1;
        else totals.retriedNew += 1;
      });

      // Acknowledged requests sent again: the same receipt, secret included, and no second dossier.
      await pool(acked.slice(0, REPLAYS_PER_ROUND), 3, async (s) => {
        const again = await submitAgain(restarted, s);
        assert.equal(again.status, 201, again.text);
        assert.ok(again.replayed, `replay of ${s.key} says Idempotent-Replayed`);
        const receipt = JSON.parse(again.text) as { code: string; secret: string };
        assert.deepEqual({ code: receipt.code, secret: receipt.secret }, s.receipt);
        totals.replays += 1;
      });

      // And again after the retries: one dossier per key, each whole.
      const store = inspectStore(databasePath, uploadDir, all, DOCUMENT);
      assert.deepEqual(store.problems, [], `round ${round}: the store is whole after the retries`);
      await checkReceipts(restarted, all);
      assert.equal(store.dossiers, before.dossiers + totals.retriedNew - retriedNewBefore, 'each retry filed at most one dossier');
      retriedNewBefore = totals.retriedNew;
      t.diagnostic(
        `round ${round}: killed ${delay} ms after the first receipt with ${inFlight} submissions in flight; ` +
          `${sent.length} sent, ${acked.length} acknowledged, ${lost.length} lost in flight ` +
          `(${committed.size} of the ${retried.length} retried had been committed); ${leftovers} leftovers in tmp/; ` +
          `store: ${store.dossiers} dossiers, ${store.uploads} uploads (${store.unattachedUploads} in no dossier), ${store.filesChecked} files hashed, ${store.orphanFiles} files without a row`,
      );
    }
    assert.deepEqual(problems, [], 'no request failed while the server was up');
    assert.ok(totals.acked > 0, 'some dossiers were acknowledged before the kills');
    t.diagnostic(`totals: ${JSON.stringify(totals)}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    if (problems.length > 0) t.diagnostic(`problems: ${problems.slice(0, 20).join(' | ')}`);
    if (server) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
