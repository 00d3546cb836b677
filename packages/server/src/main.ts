import { serve } from '@hono/node-server';
import { MotcuaError, pickLocale } from '@motcua/core';
import { createApp } from './app.js';
import { ensureFirstAdmin } from './auth/first-admin.js';
import { isEmpty, loadCatalogueInto } from './catalogue/catalogue-loader.js';
import { loadConfig } from './config/config.js';
import { startBackgroundCheckpoint } from './db/background-checkpoint.js';
import { openDatabase } from './db/open-database.js';
import { sweepOnStart } from './maintenance/sweep.js';
import { systemClock } from './webhooks/clock.js';
import { httpSender } from './webhooks/http-sender.js';
import { WebhookWorker } from './webhooks/webhook-worker.js';

const locale = pickLocale(process.env.LANG);
const say = (vi: string, en: string) => console.log(locale === 'vi' ? vi : en);

const USAGE = {
  vi: 'Cách dùng: motcua-server [--load-catalogue] [--load-only]',
  en: 'Usage: motcua-server [--load-catalogue] [--load-only]',
};

function parseFlags(args: string[]): { load: boolean; serve: boolean } {
  const flags = { load: false, serve: true };
  for (const arg of args) {
    if (arg === '--load-catalogue') flags.load = true;
    else if (arg === '--load-only') Object.assign(flags, { load: true, serve: false });
    else throw new MotcuaError('cli-unknown-flag', { vi: `Không có tùy chọn “${arg}”. ${USAGE.vi}`, en: `There is no option “${arg}”. ${USAGE.en}` });
  }
  return flags;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const config = loadConfig(process.env, process.cwd());
  const started = performance.now();
  const database = openDatabase(config.databasePath);
  if (flags.load || isEmpty(database.db)) {
    const result = await loadCatalogueInto(database.db, config.catalogueDir);
    say(
      `Đã nạp danh mục ${config.catalogueDir}: ${result.published.length} phiên bản mới, ${result.unchanged.length} không đổi, ${result.calendars.length} lịch và ${result.agencies.length} cơ quan cập nhật.`,
      `Loaded the catalogue ${config.catalogueDir}: ${result.published.length} new versions, ${result.unchanged.length} unchanged, ${result.calendars.length} calendars and ${result.agencies.length} agencies updated.`,
    );
  }
  const admin = await ensureFirstAdmin(database.db, config, new Date());
  if (admin?.oneTimePassword) {
    say(
      `Tài khoản quản trị đầu tiên: ${admin.email}, mật khẩu dùng một lần (chỉ in lần này, hãy đổi ngay): ${admin.oneTimePassword}`,
      `First admin account: ${admin.email}, one-time password (printed this once; change it now): ${admin.oneTimePassword}`,
    );
  } else if (admin) {
    say(`Đã tạo tài khoản quản trị ${admin.email} với mật khẩu ADMIN_PASSWORD.`, `Created the admin account ${admin.email} with ADMIN_PASSWORD.`);
  }
  if (!flags.serve) {
    database.close();
    return;
  }
  const stopCheckpoints = startBackgroundCheckpoint(database, config.databasePath);
  const app = createApp({ db: database.db, config });
  const swept = sweepOnStart(database.db, config, new Date());
  if (swept.files + swept.drafts + swept.uploads + swept.orphans > 0) {
    say(
      `Đã dọn ${swept.files} tệp dở dang, ${swept.orphans} tệp không còn ai dùng, ${swept.uploads} tệp tải lên bị bỏ và ${swept.drafts} bản nháp hết hạn.`,
      `Swept ${swept.files} unfinished files, ${swept.orphans} unreferenced files, ${swept.uploads} abandoned uploads and ${swept.drafts} expired drafts.`,
    );
  }
  // Webhooks are sent beside the requests, never in them: a slow receiver cannot hold up a dossier.
  const webhooks = new WebhookWorker({ db: database.db, settings: config.webhooks, clock: systemClock(), send: httpSender(config.webhooks) });
  webhooks.start();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const base = config.publicUrl.replace(/:\d+$/, `:${info.port}`);
    say(`Một Cửa đang chạy (khởi động ${Math.round(performance.now() - started)} ms):`, `Một Cửa is running (started in ${Math.round(performance.now() - started)} ms):`);
    console.log(`  API      ${base}/api/v1/procedures`);
    console.log(`  runtime  ${base}/motcua.js`);
    console.log(`  demo     ${base}/demo`);
    console.log(`  OpenAPI  ${base}/api/v1/openapi.json`);
    console.log(`  health   ${base}/healthz`);
  });
  const stop = () => {
    // Webhook attempts in flight are aborted at once (the next start sends them again) while open requests finish.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    void Promise.all([closed, webhooks.stop()])
      .then(stopCheckpoints)
      .then(() => {
        database.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof MotcuaError) {
    console.error(error.messageIn(locale));
    process.exit(error.code === 'cli-unknown-flag' ? 2 : 1);
  }
  console.error(error);
  process.exit(1);
});
