import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAjv } from '../ajv/create-ajv.js';
import { labelAtPath } from '../form/form-schema.js';
import { testDefinition } from '../test-support/definitions.js';
import { localizeError } from './localize-error.js';

const base = testDefinition().form;
const form = {
  ...base,
  schema: {
    ...base.schema,
    properties: {
      ...(base.schema.properties as object),
      email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    },
  },
};
const validate = createAjv().compile(form.schema);

function messages(answers: unknown) {
  validate(answers);
  return (validate.errors ?? []).map((e) => localizeError(e, (path) => labelAtPath(form, path)));
}

test('a missing answer asks for the field by its title, in both languages', () => {
  const [issue] = messages({});
  assert.equal(issue?.path, '/hoTen');
  assert.deepEqual(issue?.message, { vi: 'Vui lòng nhập “Họ và tên”.', en: 'Enter “Full name”.' });
});

test('plain words instead of validator jargon', () => {
  const found = messages({ hoTen: 'A', soBan: 0, email: 'khong-phai-email', soTrang: 'ba' });
  const byPath = Object.fromEntries(found.map((i) => [i.path, i.message.en]));
  assert.equal(byPath['/soBan'], '“Số bản” must be 1 or more.');
  assert.equal(byPath['/email'], '“Thư điện tử” must be an email address, like name@example.com.');
  assert.equal(byPath['/soTrang'], '“Số trang” must be a whole number.');
  for (const issue of found) assert.doesNotMatch(issue.message.en + issue.message.vi, /must match|should|NaN|undefined/);
});

test('every answer is checked at once (allErrors), each at its own path', () => {
  const found = messages({ soBan: 0, banSao: [{ soTrang: 0 }] });
  assert.deepEqual(found.map((i) => i.path).sort(), ['/banSao/0/soBan', '/banSao/0/soTrang', '/hoTen', '/soBan']);
});

test('without a label the sentence still reads', () => {
  validate({ hoTen: 5 });
  const issue = localizeError((validate.errors ?? [])[0] as never);
  assert.equal(issue.message.vi, 'Giá trị này phải là một đoạn văn bản.');
  assert.equal(issue.message.en, 'This value must be text.');
});
