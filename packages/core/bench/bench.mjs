// `pnpm bench` (core part): how long the procedure model's operations take,
// each as a ratio to a baseline measured in the same run (parsing one
// definition from JSON, which every request that loads a definition pays).
// Medians of interleaved rounds; absolute numbers vary with the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  computeDueDate,
  computeFees,
  createAjvEvaluator,
  createDefinitionAjv,
  detectFileType,
  quote,
  resolveCalendar,
  resolveCase,
  validateProcedure,
} from '../dist/index.js';

const catalogue = new URL('../../../catalogue/', import.meta.url).pathname;
const procedures = readdirSync(join(catalogue, 'procedures'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => readFileSync(join(catalogue, 'procedures', name), 'utf8'));
const calendarFiles = readdirSync(join(catalogue, 'calendars')).map((name) =>
  JSON.parse(readFileSync(join(catalogue, 'calendars', name), 'utf8')),
);
const calendar = resolveCalendar(calendarFiles, 'vn');
const copyText = readFileSync(join(catalogue, 'procedures', '2.000815.json'), 'utf8');
const copy = JSON.parse(copyText);
const copyEvaluator = createAjvEvaluator(copy);
const answers = { hoTen: 'Nguyễn Văn A', banSao: [{ tenGiayTo: 'Bằng tốt nghiệp', soTrang: 3, soBan: 2 }, { tenGiayTo: 'Học bạ', soTrang: 24, soBan: 1 }, { tenGiayTo: 'Giấy khai sinh', soTrang: 1, soBan: 5 }] };
const context = { answers, channel: 'in-person' };
const effective = resolveCase(copy, 'mac-dinh');
const ajv = createDefinitionAjv();
const start = new Date('2026-02-10T09:00:00+07:00');
const pdf = new Uint8Array(65_536);
pdf.set(new TextEncoder().encode('%PDF-1.7\n'));

let sink = 0;
const cases = [
  ['baseline: JSON.parse of one definition (2.000815)', () => { sink += JSON.parse(copyText).code.length; }],
  ['validateProcedure, every catalogue procedure (per procedure, shared ajv)', () => {
    for (const text of procedures) sink += validateProcedure(JSON.parse(text), { ajv }).errors.length;
  }, procedures.length],
  ['compile all conditions of a definition (new ajv each time)', () => { sink += Object.keys(createAjvEvaluator(copy)).length; }],
  ['quote: case, fees, documents, due date (3 papers)', () => { sink += quote(copy, context, { evaluator: copyEvaluator, calendar, receivedAt: start }).fees.total; }],
  ['computeFees alone (3 papers)', () => { sink += computeFees(effective, context, copyEvaluator).total; }],
  ['computeDueDate: 5 working days across Tết 2026', () => { sink += computeDueDate({ calendar, start, serviceLevel: { amount: 5, unit: 'working-days' } }).due.getTime(); }],
  ['computeDueDate: 60 working days', () => { sink += computeDueDate({ calendar, start, serviceLevel: { amount: 60, unit: 'working-days' } }).due.getTime(); }],
  ['computeDueDate: 16 working hours with a pause', () => {
    sink += computeDueDate({ calendar, start, serviceLevel: { amount: 16, unit: 'working-hours' }, pauses: [{ from: new Date('2026-02-10T10:00:00+07:00'), to: new Date('2026-02-11T10:00:00+07:00') }] }).due.getTime();
  }],
  ['detectFileType on a 64 KiB PDF prefix', () => { sink += detectFileType(pdf)?.id.length ?? 0; }],
];

function timeOnce(fn, iterations) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) fn();
  return Number(process.hrtime.bigint() - t0) / 1000 / iterations;
}

// Calibrate each case to about 50 ms a round, then interleave 7 rounds.
const plans = cases.map(([name, fn, per = 1]) => {
  fn();
  let iterations = 1;
  while (timeOnce(fn, iterations) * iterations < 50_000 && iterations < 1_000_000) iterations *= 2;
  return { name, fn, per, iterations, samples: [] };
});
for (let round = 0; round < 7; round += 1) {
  for (const plan of plans) plan.samples.push(timeOnce(plan.fn, plan.iterations) / plan.per);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const baseline = median(plans[0].samples);
console.log(`\n@motcua/core: ${procedures.length} catalogue procedures, Node ${process.version}, 7 interleaved rounds, medians\n`);
console.log('| operation | µs per op | ops/s | × baseline |');
console.log('|---|---:|---:|---:|');
for (const plan of plans) {
  const us = median(plan.samples);
  console.log(`| ${plan.name} | ${us.toFixed(us < 10 ? 2 : 0)} | ${Math.round(1e6 / us).toLocaleString('en')} | ${(us / baseline).toFixed(1)} |`);
}
if (sink === 0.5) console.log(sink);
