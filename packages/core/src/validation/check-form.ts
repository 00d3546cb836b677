import type { Ajv2020 } from '../ajv/create-ajv.js';
import { KNOWN_UI_FIELDS, KNOWN_WIDGETS } from '../fields/ui-vocabulary.js';
import { answerPathOfSection } from '../form/visibility.js';
import { schemasAtPath } from '../form/form-schema.js';
import { getByPointer, joinPointer, parsePointer } from '../json/json-pointer.js';
import type { Form } from '../procedure.types.js';
import { checkPatternsIn } from './check-patterns.js';
import { checkRefs } from './check-refs.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';

type SchemaNode = Record<string, unknown>;

function compileError(error: unknown): string {
  return (error as Error).message.replace(/\s+/g, ' ').slice(0, 500);
}

/** Widget and field names the runtime cannot render, and column counts it cannot lay out, anywhere in the uiSchema. */
function checkUiWords(node: unknown, path: string, out: ValidationIssue[], depth = 0): void {
  if (depth > 64 || node === null || typeof node !== 'object' || Array.isArray(node)) return;
  for (const [key, value] of Object.entries(node)) {
    const at = joinPointer(path, key);
    if (key === 'ui:widget' && (typeof value !== 'string' || !KNOWN_WIDGETS.has(value))) {
      out.push(issue(at, 'ui-widget-unknown', `Không có kiểu hiển thị “${String(value)}”.`, `There is no widget “${String(value)}”.`, { known: [...KNOWN_WIDGETS] }));
    } else if (key === 'ui:field' && (typeof value !== 'string' || !KNOWN_UI_FIELDS.has(value))) {
      out.push(issue(at, 'ui-field-unknown', `Không có kiểu trường “${String(value)}”.`, `There is no field renderer “${String(value)}”.`, { known: [...KNOWN_UI_FIELDS] }));
    } else if (key === 'ui:columns' && !(Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 4)) {
      out.push(issue(at, 'ui-columns-invalid', 'Số cột phải là số nguyên từ 1 đến 4.', 'The number of columns must be a whole number from 1 to 4.'));
    } else {
      checkUiWords(value, at, out, depth + 1);
    }
  }
}

function checkUiSchema(form: Form, out: ValidationIssue[]): void {
  const ui = form.uiSchema ?? {};
  checkUiWords(ui, '/form/uiSchema', out);
  const schema = form.schema as SchemaNode;
  const topLevel = new Set(Object.keys((schema.properties as SchemaNode | undefined) ?? {}));
  const order = ui['ui:order'];
  if (Array.isArray(order)) {
    order.forEach((name, i) => {
      if (name !== '*' && !topLevel.has(String(name))) {
        out.push(issue(joinPointer('/form/uiSchema/ui:order', i), 'ui-order-unknown', `“${String(name)}” trong thứ tự hiển thị không phải là một trường của biểu mẫu.`, `“${String(name)}” in ui:order is not a field of the form.`));
      }
    });
  }
  const pages = ui['ui:pages'];
  if (pages !== undefined) {
    if (!Array.isArray(pages)) {
      out.push(issue('/form/uiSchema/ui:pages', 'ui-pages-invalid', '“ui:pages” phải là danh sách các trang.', '“ui:pages” must be a list of pages.'));
      return;
    }
    const placed = new Map<string, number>();
    pages.forEach((page, i) => {
      const at = joinPointer('/form/uiSchema/ui:pages', i);
      const fields = (page as SchemaNode | null)?.fields;
      if (typeof (page as SchemaNode | null)?.title !== 'string' || !Array.isArray(fields) || fields.length === 0) {
        out.push(issue(at, 'ui-pages-invalid', 'Mỗi trang cần có tiêu đề (“title”) và danh sách trường (“fields”).', 'Each page needs a “title” and a non-empty “fields” list.'));
        return;
      }
      fields.forEach((name, j) => {
        const field = String(name);
        if (!topLevel.has(field)) {
          out.push(issue(joinPointer(at, 'fields', j), 'ui-pages-unknown-field', `“${field}” không phải là một trường của biểu mẫu.`, `“${field}” is not a field of the form.`));
        } else if (placed.has(field)) {
          out.push(issue(joinPointer(at, 'fields', j), 'ui-pages-duplicate-field', `Trường “${field}” đã nằm ở trang ${(placed.get(field) ?? 0) + 1}.`, `The field “${field}” is already on page ${(placed.get(field) ?? 0) + 1}.`));
        } else {
          placed.set(field, i);
        }
      });
    });
    for (const field of topLevel) {
      if (!placed.has(field)) {
        out.push(issue('/form/uiSchema/ui:pages', 'ui-pages-missing-field', `Trường “${field}” không nằm trong trang nào.`, `The field “${field}” is on no page.`, { field }));
      }
    }
  }
}

function checkI18n(form: Form, out: ValidationIssue[]): void {
  for (const pointer of Object.keys(form.i18n?.en ?? {})) {
    let target: unknown;
    try {
      target = getByPointer(form, pointer);
    } catch {
      target = undefined;
    }
    if (typeof target !== 'string') {
      out.push(issue(joinPointer('/form/i18n/en', pointer), 'i18n-pointer-unknown', `Bản dịch trỏ tới “${pointer}”, nơi không có văn bản tiếng Việt nào để dịch.`, `The translation points at “${pointer}”, where there is no Vietnamese text to translate.`));
    }
  }
}

function checkVisibility(form: Form, out: ValidationIssue[]): void {
  const schema = form.schema as SchemaNode;
  for (const section of Object.keys(form.visibility ?? {})) {
    const at = joinPointer('/form/visibility', section);
    const path = answerPathOfSection(section);
    if (!path || schemasAtPath(schema, path).length === 0) {
      out.push(issue(at, 'visibility-unknown-section', `“${section}” không trỏ tới một trường của biểu mẫu (dạng “/properties/ten”).`, `“${section}” does not point at a field of the form (like “/properties/name”).`));
      continue;
    }
    const tokens = parsePointer(section);
    const parent = getByPointer(schema, joinPointer('', ...tokens.slice(0, -2)));
    const required = (parent as SchemaNode | undefined)?.required;
    if (Array.isArray(required) && required.includes(tokens[tokens.length - 1])) {
      out.push(issue(at, 'visibility-required-section', 'Một phần chỉ hiện theo điều kiện thì không được khai báo là bắt buộc ở cấp trên; hãy đặt các trường bắt buộc bên trong nó.', 'A section shown only under a condition cannot be required by its parent; make the fields inside it required instead.'));
    }
  }
}

/** The form: a valid JSON Schema for ajv in strict mode, finite, safe to match, and consistent with its uiSchema and translations. */
export function checkForm(form: Form, ajv: Ajv2020): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const schema = form.schema as SchemaNode;
  const refIssues = checkRefs(schema, '/form/schema');
  out.push(...refIssues);
  checkPatternsIn(schema, '/form/schema', out);
  if (out.length === 0) {
    try {
      ajv.compile(schema);
    } catch (error) {
      out.push(issue('/form/schema', 'form-schema-invalid', `Biểu mẫu không phải là JSON Schema hợp lệ: ${compileError(error)}`, `The form is not a valid JSON Schema: ${compileError(error)}`));
    } finally {
      // A long-lived ajv caches every schema it compiles; a check must not grow it.
      ajv.removeSchema(schema);
    }
  }
  if (refIssues.length === 0) {
    checkUiSchema(form, out);
    checkVisibility(form, out);
  }
  checkI18n(form, out);
  return out;
}
