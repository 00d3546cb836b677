import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { resolveCalendar } from '../calendar/calendar.js';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import type { ProcedureDefinition } from '../procedure.types.js';
import { quote } from '../quote.js';
import { checkCatalogue, type CatalogueFile } from './check-catalogue.js';

const root = new URL('../../../../catalogue/', import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const files: CatalogueFile[] = [
  { path: 'taxonomy.json', json: read('taxonomy.json') },
  ...readdirSync(new URL('calendars/', root)).map((name) => ({ path: `calendars/${name}`, json: read(`calendars/${name}`) })),
  ...readdirSync(new URL('procedures/', root)).map((name) => ({ path: `procedures/${name}`, json: read(`procedures/${name}`) })),
  ...readdirSync(new URL('agencies/', root)).map((name) => ({ path: `agencies/${name}`, json: read(`agencies/${name}`) })),
];
const procedures = files.filter((f) => f.path.startsWith('procedures/')).map((f) => f.json as ProcedureDefinition);
const byCode = (code: string) => procedures.find((p) => p.code === code) as ProcedureDefinition;
const calendar = resolveCalendar([read('calendars/vn.json')], 'vn');

function quoteOf(code: string, context: Partial<ConditionContext>, receivedAt = new Date('2026-03-02T09:00:00+07:00')) {
  const definition = byCode(code);
  return quote(definition, { answers: {}, ...context }, { evaluator: createAjvEvaluator(definition), calendar, receivedAt });
}

describe('the seed catalogue', () => {
  test('every file passes the meta-schema and the semantic checks', () => {
    const failing = checkCatalogue(files).filter((report) => report.errors.length > 0);
    assert.deepEqual(failing.map((r) => [r.path, r.errors.map((e) => `${e.path} ${e.code}`)]), []);
  });

  test('at least 20 procedures across at least 6 sectors and both tiers in force', () => {
    assert.ok(procedures.length >= 20, `${procedures.length} procedures`);
    assert.ok(new Set(procedures.map((p) => p.sector)).size >= 6);
    const tiers = new Set(procedures.map((p) => p.tier));
    assert.ok(tiers.has('province') && tiers.has('commune'));
    assert.ok(!tiers.has('district'), 'the district tier was abolished on 1 July 2025');
  });

  test('every procedure has an English name and cites its legal basis', () => {
    for (const p of procedures) {
      assert.ok(p.name.en, `${p.code} has no English name`);
      assert.ok(p.legalBasis.length > 0);
    }
  });

  test('it shows each feature the model must handle', () => {
    const has = (predicate: (p: ProcedureDefinition) => boolean) => procedures.some(predicate);
    const fees = (p: ProcedureDefinition) => [...(p.fees ?? []), ...p.cases.flatMap((c) => c.fees ?? [])];
    const documents = (p: ProcedureDefinition) => [...(p.documents ?? []), ...p.cases.flatMap((c) => c.documents ?? [])];
    const json = (value: unknown) => JSON.stringify(value);
    assert.ok(has((p) => fees(p).some((f) => f.rule.type === 'tiered' && f.max !== undefined)), 'a tiered fee with a cap');
    assert.ok(has((p) => fees(p).some((f) => f.adjustments?.some((a) => json(a.when).includes('applicantCategory')))), 'reductions by category');
    assert.ok(has((p) => fees(p).some((f) => f.adjustments?.some((a) => json(a.when).includes('"channel"')))), 'a per-channel fee');
    assert.ok(has((p) => p.tier === 'commune' && p.serviceLevel.amount === 0 && fees(p).every((f) => f.when || f.rule.type !== 'fixed' || f.rule.amount === 0)), 'a free same-day commune procedure');
    const fields = (p: ProcedureDefinition) => Object.values((p.form.schema.properties ?? {}) as Record<string, { items?: { type?: string } }>);
    assert.ok(has((p) => fields(p).some((field) => field.items?.type === 'object')), 'a repeatable group');
    assert.ok(has((p) => {
      const pages = p.form.uiSchema?.['ui:pages'];
      return Array.isArray(pages) && pages.length > 1;
    }), 'a multi-page form');
    assert.ok(has((p) => documents(p).some((d) => d.when)), 'a document required only under a condition');
    assert.ok(has((p) => p.result.delivery.includes('postal')), 'a postal result');
    assert.ok(has((p) => p.cases.length > 1), 'several cases');
    assert.ok(has((p) => p.channels.some((c) => c.serviceLevel)), 'a time that differs by channel');
    assert.ok(has((p) => fees(p).some((f) => f.setLocally)), 'a fee set by each province');
  });
});

describe('quotes on real procedures', () => {
  test('certified copies: 24 pages twice and a one-page paper five times', () => {
    const result = quoteOf('2.000815', {
      answers: { banSao: [{ tenGiayTo: 'Học bạ', soTrang: 24, soBan: 2 }, { tenGiayTo: 'Giấy khai sinh', soTrang: 1, soBan: 5 }] },
    });
    // (2 × 2,000 + 22 × 1,000) × 2 + 2,000 × 5
    assert.equal(result.fees.total, 62_000);
    assert.equal(result.fees.complete, true);
  });

  test('criminal record certificate: full fee, halved for a student, free for a child', () => {
    const fee = (applicantCategory?: string) =>
      quoteOf('3.000333', { case: 'phieu-so-1', answers: { soPhieu: 1 }, ...(applicantCategory ? { applicantCategory } : {}) }).fees.total;
    assert.equal(fee(), 200_000);
    assert.equal(fee('sinh-vien'), 100_000);
    assert.equal(fee('tre-em'), 0);
  });

  test('permanent residence costs half online', () => {
    const inPerson = quoteOf('1.004222', { channel: 'in-person', answers: { loaiChoO: 'so-huu' } });
    const online = quoteOf('1.004222', { channel: 'online', answers: { loaiChoO: 'so-huu' } });
    assert.equal(inPerson.fees.lines.find((l) => l.feeId === 'le-phi-thuong-tru')?.amount, 20_000);
    assert.equal(online.fees.lines.find((l) => l.feeId === 'le-phi-thuong-tru')?.amount, 10_000);
  });

  test('birth registration is free and done the same day, or the next working day after 15:00', () => {
    const morning = quoteOf('1.001193', { case: 'thong-thuong', answers: { soBanSao: 0 } }, new Date('2026-03-02T10:00:00+07:00'));
    assert.equal(morning.fees.total, 0);
    assert.equal(morning.promised?.dueDate, '2026-03-02');
    const late = quoteOf('1.001193', { case: 'thong-thuong', answers: { soBanSao: 0 } }, new Date('2026-03-02T15:30:00+07:00'));
    assert.equal(late.promised?.dueDate, '2026-03-03');
  });

  test('land registration: the time depends on how the dossier is filed', () => {
    const levels = (['in-person', 'online', 'postal'] as const).map((channel) => quoteOf('1.012753', { channel, case: 'co-giay-to' }).serviceLevel.amount);
    assert.deepEqual(levels, [20, 17, 30]);
  });

  test('a dossier filed the Friday before Tết 2026 is due after the holiday', () => {
    const result = quoteOf('1.004194', { channel: 'in-person', case: 'ca-nhan-ho-gia-dinh' }, new Date('2026-02-13T09:00:00+07:00'));
    // 3 working days from Monday 23 February (14–22 February are Tết).
    assert.equal(result.promised?.dueDate, '2026-02-25');
  });
});

describe('agencies in the catalogue', () => {
  const agencyAt = (path: string) => files.find((f) => f.path === path) as CatalogueFile;
  const errorsOfAgency = (change: (agency: any) => void) => {
    const copy = structuredClone(agencyAt('agencies/phuong-ba-dinh.json').json) as any;
    change(copy);
    const replaced = files.map((f) => (f.path === 'agencies/phuong-ba-dinh.json' ? { ...f, json: copy } : f));
    return checkCatalogue(replaced)
      .filter((r) => r.kind === 'agency')
      .flatMap((r) => r.errors.map((e) => `${e.path} ${e.code}`));
  };

  test('every procedure of the catalogue is offered by at least one agency', () => {
    const offered = new Set(files.filter((f) => f.path.startsWith('agencies/')).flatMap((f) => (f.json as any).offerings.map((o: any) => o.procedure)));
    assert.deepEqual(procedures.map((p) => p.code).filter((code) => !offered.has(code)), []);
  });

  test('an offering of an unknown procedure, for another agency, or changing a national fee is named', () => {
    assert.deepEqual(errorsOfAgency((a) => a.offerings.push({ procedure: '9.999999', agency: 'phuong-ba-dinh' })), ['/offerings/16/procedure procedure-unknown']);
    assert.deepEqual(errorsOfAgency((a) => (a.offerings[0].agency = 'phuong-khac')), ['/offerings/0/agency offering-agency-mismatch']);
    assert.deepEqual(
      errorsOfAgency((a) => (a.offerings.find((o: any) => o.procedure === '2.000815').fees = { 'chung-thuc-ban-sao': { rule: { type: 'fixed', amount: 1 } } })),
      [`/offerings/${(agencyAt('agencies/phuong-ba-dinh.json').json as any).offerings.findIndex((o: any) => o.procedure === '2.000815')}/fees/chung-thuc-ban-sao offering-fee-not-local`],
    );
    assert.deepEqual(errorsOfAgency((a) => (a.code = 'HOANKIEM')), ['/code duplicate-code']);
  });
});
