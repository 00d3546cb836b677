import type { LocalText } from '../procedure.types.js';
import type { ElementType, InspectorValues } from './define-field-type.js';
import { compact, getText, putText, withoutOwned, type EnglishOverlay, type OptionalText } from './field-model.js';
import { inspectorForm, labelDraft, optionalTextDraft, t, TEXTAREA_PAIR } from './inspector-form.js';

/** An entry of the root uiSchema's `ui:pages`: one step of a multi-page form. */
export interface UiPage {
  title: string;
  description?: string;
  /** Names of top-level properties, shown on this page in this order. */
  fields: string[];
}

/** A page cut out of the form; `i18n.en` is keyed by pointers into this object ("/page/title"). */
export interface PageElement {
  page: UiPage;
  i18n: EnglishOverlay;
}

export type PageType = ElementType<PageElement>;

interface PageValues {
  label: LocalText;
  hint?: OptionalText;
}

const LABEL = { vi: 'Trang', en: 'Page' };

/**
 * Not a schema node: which fields a page holds is decided by dragging fields
 * onto it, so the inspector edits only its texts and `fields` survives.
 */
function fromInspector(values: InspectorValues, base?: PageElement): PageElement {
  const v = values as unknown as PageValues;
  const element = base ? withoutOwned(base, ['/page/title', '/page/description']) : { page: { title: '', fields: [] }, i18n: { en: {} } };
  putText(element, '/page/title', v.label);
  putText(element, '/page/description', v.hint);
  return element;
}

const defaults: InspectorValues = { label: { ...LABEL } };

export const PAGE_TYPE: PageType = {
  id: 'page',
  category: 'structure',
  label: LABEL,
  description: { vi: 'Chia biểu mẫu dài thành nhiều bước.', en: 'Splits a long form into steps.' },
  icon: 'article',
  inspector: inspectorForm(
    {
      type: 'object',
      title: t(LABEL.vi, LABEL.en),
      properties: {
        label: labelDraft(t('Tiêu đề trang', 'Page title')),
        hint: optionalTextDraft(t('Lời dẫn', 'Introduction'), 2000),
      },
      required: ['label'],
      additionalProperties: false,
    },
    { 'ui:order': ['label', 'hint'], hint: TEXTAREA_PAIR },
  ),
  defaults,
  create: (overrides = {}) => fromInspector({ ...defaults, ...overrides }),
  toInspector: (element) =>
    compact({
      label: getText(element, '/page/title') ?? { vi: '' },
      hint: getText(element, '/page/description'),
    }),
  fromInspector,
};
