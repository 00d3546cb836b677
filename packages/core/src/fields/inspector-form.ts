import { joinPointer } from '../json/json-pointer.js';
import type { Form } from '../procedure.types.js';
import { isNode, type SchemaNode } from './field-model.js';

/**
 * An inspector is itself a form (schema, uiSchema, English overlay), so the
 * builder renders and translates it with the machinery it uses for citizens'
 * forms. Drafts write each text once in both languages with `t()`;
 * `inspectorForm` moves the English into the overlay, where a hand-kept list
 * of pointers would drift from the schema.
 */
class DraftText {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {}
}

export const t = (vi: string, en: string): DraftText => new DraftText(vi, en);

function split(node: unknown, pointer: string, en: Record<string, string>): unknown {
  if (node instanceof DraftText) {
    en[pointer] = node.en;
    return node.vi;
  }
  if (Array.isArray(node)) return node.map((child, i) => split(child, joinPointer(pointer, i), en));
  if (!isNode(node)) return node;
  return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, split(child, joinPointer(pointer, key), en)]));
}

export function inspectorForm(schema: SchemaNode, uiSchema: SchemaNode): Form {
  const en: Record<string, string> = {};
  return {
    schema: split(schema, '/schema', en) as Form['schema'],
    uiSchema: split(uiSchema, '/uiSchema', en) as SchemaNode,
    i18n: { en },
  };
}

const LANGUAGE_TITLES = { vi: t('Tiếng Việt', 'Vietnamese'), en: t('Tiếng Anh', 'English') };

/** A label in both languages; Vietnamese is required and cannot be blank. */
export function labelDraft(title: DraftText): SchemaNode {
  return {
    type: 'object',
    title,
    properties: {
      vi: { type: 'string', title: LANGUAGE_TITLES.vi, minLength: 1, maxLength: 1000, pattern: '\\S' },
      en: { type: 'string', title: LANGUAGE_TITLES.en, minLength: 1, maxLength: 1000 },
    },
    required: ['vi'],
    additionalProperties: false,
  };
}

/**
 * A text the officer may leave empty. An English text alone is refused: the
 * overlay translates a Vietnamese text, and a citizen reading Vietnamese
 * would not see it.
 */
export function optionalTextDraft(title: DraftText, maxLength: number): SchemaNode {
  return {
    type: 'object',
    title,
    properties: {
      vi: { type: 'string', title: LANGUAGE_TITLES.vi, minLength: 1, maxLength },
      en: { type: 'string', title: LANGUAGE_TITLES.en, minLength: 1, maxLength },
    },
    dependentRequired: { en: ['vi'] },
    additionalProperties: false,
  };
}

export const TEXTAREA_PAIR = { vi: { 'ui:widget': 'textarea' }, en: { 'ui:widget': 'textarea' } };

export function countDraft(title: DraftText, maximum: number): SchemaNode {
  return { type: 'integer', title, minimum: 1, maximum };
}

export const COLUMNS_DRAFT: SchemaNode = {
  type: 'integer',
  title: t('Số cột', 'Columns'),
  description: t('Các trường bên trong được xếp thành bấy nhiêu cột trên màn hình rộng.', 'How many columns the fields inside take on a wide screen.'),
  minimum: 1,
  maximum: 4,
};
