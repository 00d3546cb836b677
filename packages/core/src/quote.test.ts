import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { resolveCalendar } from './calendar/calendar.js';
import { createAjvEvaluator } from './conditions/ajv-evaluator.js';
import { quote } from './quote.js';
import { testDefinition, when } from './test-support/definitions.js';

const vn = JSON.parse(readFileSync(new URL('../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'));
const calendar = resolveCalendar([vn], 'vn');

const definition = testDefinition({
  serviceLevel: { amount: 5, unit: 'working-days' },
  channels: [{ kind: 'in-person' }, { kind: 'online', serviceLevel: { amount: 3, unit: 'working-days' } }, { kind: 'postal' }],
  steps: [{ id: 'xu-ly', name: { vi: 'Xử lý' }, role: 'specialist' }],
  fees: [
    {
      id: 'le-phi',
      kind: 'fee',
      label: { vi: 'Lệ phí' },
      rule: { type: 'fixed', amount: 20_000 },
      adjustments: [{ when: when.channel('online'), type: 'set-amount', value: 10_000, label: { vi: 'Trực tuyến' } }],
    },
  ],
  documents: [
    { id: 'to-khai', name: { vi: 'Tờ khai' } },
    { id: 'phong-bi', name: { vi: 'Phong bì có dán tem' }, when: when.delivery('postal') },
  ],
  form: { ...testDefinition().form, visibility: { '/properties/diaChiNhan': when.delivery('postal') } },
});
const evaluator = createAjvEvaluator(definition);

describe('a quote', () => {
  test('in person: full fee, base documents, five working days counted from the day after receipt', () => {
    const result = quote(definition, { answers: {}, channel: 'in-person', delivery: 'in-person' }, {
      evaluator,
      calendar,
      receivedAt: new Date('2026-03-02T09:00:00+07:00'),
    });
    assert.equal(result.case.id, 'mac-dinh');
    assert.equal(result.fees.total, 20_000);
    assert.deepEqual(result.documents.map((d) => d.id), ['to-khai']);
    assert.equal(result.promised?.dueDate, '2026-03-09');
    assert.deepEqual(result.hiddenSections, ['/properties/diaChiNhan']);
  });

  test('online with the result by post: the online fee and time, the postal document and section', () => {
    const result = quote(definition, { answers: {}, channel: 'online', delivery: 'postal' }, {
      evaluator,
      calendar,
      receivedAt: new Date('2026-03-02T09:00:00+07:00'),
    });
    assert.equal(result.fees.total, 10_000);
    assert.deepEqual(result.documents.map((d) => d.id), ['to-khai', 'phong-bi']);
    assert.equal(result.serviceLevel.amount, 3);
    assert.equal(result.promised?.dueDate, '2026-03-05');
    assert.deepEqual(result.hiddenSections, []);
  });

  test('without a calendar there is no promised date, and everything else still comes back', () => {
    const result = quote(definition, { answers: {} }, { evaluator });
    assert.equal(result.promised, null);
    assert.equal(result.fees.total, 20_000);
  });

  test('the agency’s offering is part of the quote', () => {
    const local = { ...definition, serviceLevelSetLocally: true };
    const result = quote(local, { answers: {}, channel: 'online' }, {
      evaluator: createAjvEvaluator(local),
      offering: { procedure: local.code, agency: 'ubnd-xa-a', serviceLevel: { amount: 2, unit: 'working-days' } },
    });
    assert.equal(result.serviceLevel.amount, 2);
    assert.equal(result.effective.offering?.agency, 'ubnd-xa-a');
  });
});
