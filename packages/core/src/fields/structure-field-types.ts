import { defineFieldType, type CommonValues } from './define-field-type.js';
import { getText, isNode, numberAt, putText, setIn, type OptionalText, type SchemaNode } from './field-model.js';
import { COLUMNS_DRAFT, countDraft, optionalTextDraft, t } from './inspector-form.js';
import { readBounds, writeBounds } from './required-bounds.js';

interface SectionValues extends CommonValues {
  columns?: number;
}

interface GroupValues extends CommonValues {
  itemLabel?: OptionalText;
  minItems?: number;
  maxItems?: number;
  columns?: number;
}

/**
 * Structure types own only their frame (`owned` below): the fields inside
 * are edited one by one and survive an edit of the frame.
 */
const ensureObject = (node: SchemaNode): void => {
  node.type = 'object';
  if (!isNode(node.properties)) node.properties = {};
};

/**
 * A fieldset. Required by default: a section its parent does not require can
 * be left out of a submission entirely, and then none of the required fields
 * inside it is checked. Only a section shown under a condition must be
 * optional (a hidden section's answers are not submitted).
 */
export const SECTION = defineFieldType<SectionValues>({
  id: 'section',
  category: 'structure',
  label: { vi: 'Nhóm câu hỏi', en: 'Section' },
  description: { vi: 'Một khung có tiêu đề, gom các câu hỏi liên quan.', en: 'A titled frame around related questions.' },
  icon: 'view_agenda',
  placeholder: false,
  options: { columns: COLUMNS_DRAFT },
  defaults: { required: true },
  owned: ['/schema/type', '/uiSchema/ui:columns'],
  write(field, values) {
    ensureObject(field.schema);
    if (values.columns !== undefined) field.uiSchema['ui:columns'] = values.columns;
  },
  read: (field) => ({ columns: numberAt(field.uiSchema, 'ui:columns') }),
});

const COUNT = ['minItems', 'maxItems'] as const;

/** A list the citizen extends entry by entry (the papers to certify, the members of a household). */
export const GROUP = defineFieldType<GroupValues>({
  id: 'group',
  category: 'structure',
  label: { vi: 'Danh sách lặp lại', en: 'Repeating group' },
  description: {
    vi: 'Cùng một nhóm câu hỏi, người dân thêm bao nhiêu mục tùy ý trong giới hạn.',
    en: 'The same questions, answered for as many entries as the citizen adds, within limits.',
  },
  icon: 'dynamic_feed',
  placeholder: false,
  options: {
    itemLabel: optionalTextDraft(t('Tên của mỗi mục', 'Name of one entry'), 200),
    minItems: countDraft(t('Số mục tối thiểu', 'Fewest entries'), 1000),
    maxItems: countDraft(t('Số mục tối đa', 'Most entries'), 1000),
    columns: COLUMNS_DRAFT,
  },
  defaults: { maxItems: 50 },
  owned: [
    '/schema/type',
    '/schema/minItems',
    '/schema/maxItems',
    '/schema/items/type',
    '/schema/items/title',
    '/uiSchema/items/ui:columns',
  ],
  write(field, values) {
    field.schema.type = 'array';
    if (!isNode(field.schema.items)) field.schema.items = {};
    ensureObject(field.schema.items as SchemaNode);
    putText(field, '/schema/items/title', values.itemLabel);
    writeBounds(field, COUNT, { ...values }, { vi: 'Số mục', en: 'Number of entries' });
    if (values.columns !== undefined) setIn(field, '/uiSchema/items/ui:columns', values.columns);
  },
  read: (field) => ({
    itemLabel: getText(field, '/schema/items/title'),
    ...readBounds(field, COUNT),
    columns: isNode(field.uiSchema.items) ? numberAt(field.uiSchema.items, 'ui:columns') : undefined,
  }),
});
