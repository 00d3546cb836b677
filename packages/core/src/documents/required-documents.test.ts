import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveCase } from '../cases/resolve-case.js';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { DEFAULT_DOCUMENT_ACCEPT } from '../files/file-types.js';
import { DEFAULT_DOCUMENT_MAX_SIZE, requiredDocuments } from './required-documents.js';

const definition = testDefinition({
  documents: [
    {
      id: 'to-khai',
      name: { vi: 'Tờ khai', en: 'Application form' },
      originals: 1,
      template: { url: 'https://dichvucong.gov.vn/mau/to-khai.docx' },
    },
    {
      id: 'giay-khai-sinh-con',
      name: { vi: 'Giấy khai sinh của con' },
      originals: 0,
      copies: 1,
      when: when.answer('coCon', true),
      accept: ['application/pdf'],
      maxSize: 2_000_000,
      mayFollowByPost: true,
      legalBasis: ['226/2016/TT-BTC'],
    },
    { id: 'anh', name: { vi: 'Ảnh' }, optional: true },
  ],
});
const evaluator = createAjvEvaluator(definition);
const documentsFor = (context: Partial<ConditionContext>) =>
  requiredDocuments(resolveCase(definition, 'mac-dinh'), { answers: {}, ...context }, evaluator);

describe('required documents', () => {
  test('unconditional documents always apply, with every default filled in', () => {
    const [form] = documentsFor({});
    assert.deepEqual(form, {
      id: 'to-khai',
      source: '/documents/0',
      origin: 'definition',
      name: { vi: 'Tờ khai', en: 'Application form' },
      required: true,
      conditional: false,
      originals: 1,
      copies: 0,
      accept: [...DEFAULT_DOCUMENT_ACCEPT],
      maxSize: DEFAULT_DOCUMENT_MAX_SIZE,
      template: { url: 'https://dichvucong.gov.vn/mau/to-khai.docx' },
      mayFollowByPost: false,
      legalBasis: [],
    });
  });

  test('a conditional document appears only when its condition holds', () => {
    assert.deepEqual(documentsFor({ answers: { coCon: false } }).map((d) => d.id), ['to-khai', 'anh']);
    const docs = documentsFor({ answers: { coCon: true } });
    assert.deepEqual(docs.map((d) => d.id), ['to-khai', 'giay-khai-sinh-con', 'anh']);
    const child = docs[1];
    assert.equal(child?.conditional, true);
    assert.deepEqual([child?.originals, child?.copies], [0, 1]);
    assert.deepEqual(child?.accept, ['application/pdf']);
    assert.equal(child?.maxSize, 2_000_000);
    assert.equal(child?.mayFollowByPost, true);
  });

  test('an optional document is listed but not required', () => {
    const photo = documentsFor({}).find((d) => d.id === 'anh');
    assert.equal(photo?.required, false);
  });
});
