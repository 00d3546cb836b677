import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { labelAtPath } from './form-schema.js';
import { answerPathOfSection, hiddenSections, pruneHiddenAnswers } from './visibility.js';

describe('sections shown by the context', () => {
  const definition = testDefinition();
  definition.form.visibility = { '/properties/diaChiNhan': when.delivery('postal') };
  const evaluator = createAjvEvaluator(definition);

  test('the postal address section shows only when the result comes by post', () => {
    assert.deepEqual(hiddenSections(definition, { answers: {}, delivery: 'postal' }, evaluator), []);
    assert.deepEqual(hiddenSections(definition, { answers: {}, delivery: 'in-person' }, evaluator), ['/properties/diaChiNhan']);
  });

  test('hidden answers are not submitted, and the caller’s answers are left alone', () => {
    const answers = { hoTen: 'Nguyễn Văn A', diaChiNhan: { chiTiet: '1 Tràng Tiền' } };
    const pruned = pruneHiddenAnswers(answers, ['/properties/diaChiNhan']);
    assert.deepEqual(pruned, { hoTen: 'Nguyễn Văn A' });
    assert.ok('diaChiNhan' in answers);
  });

  test('nested sections map to nested answers', () => {
    assert.equal(answerPathOfSection('/properties/a/properties/b~1c'), '/a/b~1c');
    assert.deepEqual(pruneHiddenAnswers({ a: { b: 1, c: 2 } }, ['/properties/a/properties/b']), { a: { c: 2 } });
    assert.equal(answerPathOfSection('/properties/a/items'), undefined);
  });
});

describe('field labels for messages', () => {
  test('Vietnamese from the schema, English from the overlay, Vietnamese when untranslated', () => {
    const { form } = testDefinition();
    assert.deepEqual(labelAtPath(form, '/hoTen'), { vi: 'Họ và tên', en: 'Full name' });
    assert.deepEqual(labelAtPath(form, '/banSao/3/soBan'), { vi: 'Số bản', en: 'Số bản' });
    assert.equal(labelAtPath(form, '/khongCo'), undefined);
  });
});
