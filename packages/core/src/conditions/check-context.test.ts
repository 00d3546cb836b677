import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveCase } from '../cases/resolve-case.js';
import { testDefinition } from '../test-support/definitions.js';
import { checkContext } from './check-context.js';

test('a channel, delivery or category the procedure does not offer is named', () => {
  const definition = testDefinition({ channels: [{ kind: 'in-person' }], onlineLevel: 'none', result: { name: { vi: 'Giấy' }, delivery: ['in-person'] } });
  const effective = resolveCase(definition, 'mac-dinh');
  assert.deepEqual(checkContext(effective, { answers: {}, channel: 'in-person', delivery: 'in-person', applicantCategory: 'hoc-sinh' }), []);
  assert.deepEqual(
    checkContext(effective, { answers: {}, channel: 'online', delivery: 'postal', applicantCategory: 'cuu-chien-binh' }).map((i) => [i.path, i.code]),
    [['/channel', 'channel-not-offered'], ['/delivery', 'delivery-not-offered'], ['/applicantCategory', 'category-unknown']],
  );
});
