import type { Bilingual } from '@motcua/core';
import type { TemplateResult } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

/** What the editor gives the element of a view. */
export interface ViewContext {
  definition: unknown;
  server: string | undefined;
  locale: string;
  /** Where the definition fails core's checks, for a view that shows them in place. */
  problems: readonly { path: string; message: Bilingual }[];
}

/**
 * One tab of the procedure editor. Its element follows the visual-editor contract: it takes
 * `.definition`, `server` and `locale`, never mutates the definition, and fires
 * `motcua-definition-change` with a new whole definition on each edit.
 */
export interface EditorView {
  id: string;
  label: Bilingual;
  render(context: ViewContext): TemplateResult;
}

/** A view whose element follows the visual-editor contract: adding one to the editor is one line. */
export function contractView(id: string, label: Bilingual, tag: string): EditorView {
  const element = unsafeStatic(tag);
  return {
    id,
    label,
    render: ({ definition, server, locale, problems }) => staticHtml`<${element} .definition=${definition} .server=${server} .problems=${problems} locale=${locale}></${element}>`,
  };
}

/**
 * The editor's tabs, in order: the visual editors first, the JSON last for those who read it.
 * Each element's module registers it from src/main.ts.
 */
export const EDITOR_VIEWS: readonly EditorView[] = [
  contractView('form', { vi: 'Biểu mẫu', en: 'Form' }, 'motcua-form-designer'),
  contractView('information', { vi: 'Thông tin chung', en: 'Information' }, 'motcua-info-editor'),
  contractView('cases', { vi: 'Trường hợp', en: 'Cases' }, 'motcua-cases-editor'),
  contractView('documents', { vi: 'Thành phần hồ sơ', en: 'Documents' }, 'motcua-documents-editor'),
  contractView('fees', { vi: 'Phí, lệ phí', en: 'Fees' }, 'motcua-fees-editor'),
  contractView('steps', { vi: 'Trình tự thực hiện', en: 'Steps' }, 'motcua-steps-editor'),
  contractView('legal', { vi: 'Căn cứ pháp lý', en: 'Legal basis' }, 'motcua-legal-editor'),
  contractView('json', { vi: 'JSON', en: 'JSON' }, 'motcua-json-view'),
];
