import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { foldVietnamese } from '@motcua/core';
import { DossierInboxStore, type InboxFilter } from '../db/dossier-inbox-store.js';
import { openDatabase, type DatabaseHandle } from '../db/open-database.js';
import { LikeDossierTextSearch } from './dossier-text-search.js';
import { SqliteDossierTextSearch } from './sqlite-dossier-text-search.js';

// Enough dossiers that a common search takes the index's path for broad searches (2,000 matches and more).
const HELD = 3000;
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Ánh', 'Phạm Thu Hà', 'Đỗ Minh Đức', 'Vũ Thị Giang'];
const STATUSES = ['submitted', 'received', 'in-process', 'returned'];
let dir: string;
let handle: DatabaseHandle;
let indexed: DossierInboxStore;
let scanned: DossierInboxStore;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-dossier-search-'));
  handle = openDatabase(join(dir, 'search.sqlite'));
  const { sqlite } = handle;
  const at = '2026-01-05T03:00:00.000Z';
  sqlite.transaction(() => {
    for (const id of ['xa-mot', 'xa-hai']) sqlite.prepare("INSERT INTO agencies (id, code, body, hash, updated_at) VALUES (?, ?, '{}', ?, ?)").run(id, id.toUpperCase(), id, at);
    sqlite.prepare("INSERT INTO procedures (code, status, created_at, updated_at) VALUES ('1.000001', 'published', ?, ?)").run(at, at);
    const insert = sqlite.prepare(`INSERT INTO dossiers (code, procedure_code, version, agency_id, holder_agency_id, case_id, channel, delivery, answers, fee, fee_total,
      status, submitted_at, due_at, idempotency_key, request_hash, receipt, search_text)
      VALUES (?, '1.000001', 1, ?, ?, 'mac-dinh', 'online', 'in-person', '{}', '{}', 0, ?, ?, ?, ?, ?, '{}', ?)`);
    for (let n = 0; n < HELD * 1.5; n += 1) {
      const agency = n % 3 === 2 ? 'xa-hai' : 'xa-mot';
      const code = `${agency.toUpperCase()}-2026-${String(n).padStart(6, '0')}`;
      const name = NAMES[n % NAMES.length]!;
      // Same minute for a few dossiers apiece: the order then falls back on the code, as the inbox's does.
      const submitted = new Date(Date.parse(at) - Math.floor(n / 3) * 60_000).toISOString();
      const due = n % 5 === 0 ? null : new Date(Date.parse(at) + (n % 17) * 86_400_000).toISOString();
      const text = foldVietnamese(`${code} ${name} 09${String(n * 7919).padStart(8, '0')} số ${n % 300} ${n % 7 === 0 ? 'giảm 50% phí' : 'mã a_b'}`);
      insert.run(code, agency, agency, STATUSES[n % STATUSES.length], submitted, due, `k-${n}`, `h-${n}`, text);
    }
  })();
  indexed = new DossierInboxStore(handle.db, new SqliteDossierTextSearch(handle.db));
  scanned = new DossierInboxStore(handle.db, new LikeDossierTextSearch());
});
after(() => {
  handle.close();
  rmSync(dir, { recursive: true, force: true });
});

const codes = (page: ReturnType<DossierInboxStore['list']>) => ({ total: page.total, codes: page.items.map((d) => d.code) });

test('every search gives the page and total that LIKE gave, broad or narrow, with every other filter and order', () => {
  const searches = ['nguyen van', 'van a', 'van an', 'xa-mot-2026-0012', '2026-001', '0900', '50%', 'a_b', '0%', 'a_', 'an', 'a', ' ', 'khong co', '"', 'a%b', 'so 1'];
  const filters: Omit<InboxFilter, 'search'>[] = [
    { agencyId: 'xa-mot', sort: 'submitted', limit: 50, offset: 0 },
    { agencyId: 'xa-mot', sort: 'submitted', limit: 20, offset: 1990 },
    { agencyId: 'xa-hai', sort: 'due', limit: 30, offset: 10 },
    { agencyId: 'xa-mot', status: 'received', sort: 'submitted', limit: 50, offset: 0 },
    { agencyId: 'xa-mot', dueFrom: '2026-01-06T00:00:00.000Z', dueUntil: '2026-01-12T00:00:00.000Z', sort: 'due', limit: 50, offset: 0 },
  ];
  let broad = 0;
  for (const search of searches) {
    for (const filter of filters) {
      const expected = codes(scanned.list({ ...filter, search }));
      assert.deepEqual(codes(indexed.list({ ...filter, search })), expected, `${JSON.stringify(search)} with ${JSON.stringify(filter)}`);
      if (filter === filters[0] && expected.total >= 2000) broad += 1;
    }
  }
  assert.ok(broad >= 2, 'some searches match thousands of the agency’s dossiers');
});

test('a search finds nothing held by another agency', () => {
  const other = indexed.list({ agencyId: 'xa-mot', search: 'xa-hai-2026', sort: 'submitted', limit: 50, offset: 0 });
  assert.deepEqual([other.total, other.items], [0, []]);
  const own = indexed.list({ agencyId: 'xa-hai', search: 'xa-hai-2026-000002', sort: 'submitted', limit: 50, offset: 0 });
  assert.deepEqual(own.items.map((d) => d.code), ['XA-HAI-2026-000002']);
});
