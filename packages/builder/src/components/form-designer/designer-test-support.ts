import type { ProcedureDefinition } from '@motcua/core';
import { fixture, until } from '../../test-support/browser.js';
import { starterDefinition } from '../new-procedure/starter-definition.js';
import type { MotcuaFormDesigner } from './motcua-form-designer.component.js';

/**
 * A procedure whose form has a question of each shape the canvas draws: texts, a yes/no, a
 * number, a section with a question inside, and a repeating group.
 */
export function sampleDefinition(code = 'thu.nghiem'): ProcedureDefinition {
  return {
    ...starterDefinition(code, { vi: 'Thủ tục thử nghiệm', en: 'Trial procedure' }),
    form: {
      schema: {
        type: 'object',
        properties: {
          hoTen: { type: 'string', title: 'Họ và tên', minLength: 1, maxLength: 100 },
          coUyQuyen: { type: 'boolean', title: 'Nộp thay người khác', oneOf: [{ const: true, title: 'Có' }, { const: false, title: 'Không' }] },
          soBan: { type: 'integer', title: 'Số bản', minimum: 1 },
          nguoiUyQuyen: {
            type: 'object',
            title: 'Người ủy quyền',
            properties: { tenNguoiUyQuyen: { type: 'string', title: 'Tên người ủy quyền', minLength: 1, maxLength: 200 } },
            required: ['tenNguoiUyQuyen'],
          },
          giayTo: {
            type: 'array',
            title: 'Giấy tờ',
            maxItems: 50,
            items: { type: 'object', title: 'Giấy tờ', properties: { tenGiayTo: { type: 'string', title: 'Tên giấy tờ', maxLength: 200 } } },
          },
        },
        required: ['hoTen', 'nguoiUyQuyen'],
      },
      uiSchema: { coUyQuyen: { 'ui:widget': 'radio' } },
      i18n: {
        en: {
          '/schema/properties/hoTen/title': 'Full name',
          '/schema/properties/coUyQuyen/title': 'Filing for someone else',
          '/schema/properties/coUyQuyen/oneOf/0/title': 'Yes',
          '/schema/properties/coUyQuyen/oneOf/1/title': 'No',
          '/schema/properties/soBan/title': 'Copies',
          '/schema/properties/nguoiUyQuyen/title': 'The person represented',
          '/schema/properties/nguoiUyQuyen/properties/tenNguoiUyQuyen/title': 'Their name',
          '/schema/properties/giayTo/title': 'Papers',
        },
      },
    },
  };
}

/** A designer editing `definition`, with every definition it fires kept in `changes`, as the shell would take them. */
export async function openDesigner(definition: ProcedureDefinition, locale = 'vi'): Promise<{ designer: MotcuaFormDesigner; changes: ProcedureDefinition[] }> {
  const designer = fixture<MotcuaFormDesigner>(`<motcua-form-designer locale="${locale}"></motcua-form-designer>`);
  const changes: ProcedureDefinition[] = [];
  designer.addEventListener('motcua-definition-change', (event) => changes.push((event as CustomEvent<{ definition: ProcedureDefinition }>).detail.definition));
  designer.definition = definition;
  await designer.updateComplete;
  return { designer, changes };
}

export const inside = (element: Element): ShadowRoot => element.shadowRoot as ShadowRoot;

/** The canvas's questions as "label" strings, nested ones indented by two spaces a level. */
export function tree(designer: MotcuaFormDesigner): string[] {
  const walk = (list: Element | null, depth: number): string[] =>
    [...(list?.children ?? [])].filter((li) => li.classList.contains('item')).flatMap((li) => [
      `${'  '.repeat(depth)}${li.querySelector(':scope > .row .label')?.textContent ?? ''}`,
      ...walk(li.querySelector(':scope > ol'), depth + 1),
    ]);
  const lists = [...inside(designer).querySelectorAll('[part=canvas] > ol, [part=canvas] > .page > ol')];
  return lists.flatMap((list) => walk(list, 0));
}

/** The canvas button that selects the question with this label. */
export function itemButton(designer: MotcuaFormDesigner, label: string): HTMLButtonElement {
  const found = [...inside(designer).querySelectorAll<HTMLButtonElement>('button.select')].find((button) => button.querySelector('.label')?.textContent === label);
  if (!found) throw new Error(`no question “${label}” on the canvas`);
  return found;
}

export async function select(designer: MotcuaFormDesigner, label: string): Promise<void> {
  itemButton(designer, label).click();
  await designer.updateComplete;
}

/** Presses one of the selected question's buttons (up, down, into, out, delete). */
export async function act(designer: MotcuaFormDesigner, action: string): Promise<void> {
  const button = inside(designer).querySelector<HTMLButtonElement>(`.tools [data-action=${action}]`);
  if (!button || button.disabled) throw new Error(`the “${action}” button is not available`);
  button.click();
  await designer.updateComplete;
}

export function paletteButton(designer: MotcuaFormDesigner, id: string): HTMLButtonElement {
  return inside(designer).querySelector(`button.type[data-type="${id}"]`) as HTMLButtonElement;
}

/** The focused element inside the designer's shadow root. */
export const focused = (designer: MotcuaFormDesigner): Element | null => inside(designer).activeElement;

export const announced = (designer: MotcuaFormDesigner): string => inside(designer).querySelector('[aria-live]')?.textContent?.trim() ?? '';

/** Inside the designer's inspector. */
export const inspector = (designer: MotcuaFormDesigner): ShadowRoot => inside(inside(designer).querySelector('motcua-field-inspector') as Element);

type Updating = Element & { updateComplete: Promise<boolean> };

/** Waits until the designer, its inspector and the inspector's condition editor have drawn what the last change asks. */
export async function settle(designer: MotcuaFormDesigner): Promise<void> {
  await designer.updateComplete;
  await (inside(designer).querySelector('motcua-field-inspector') as Updating | null)?.updateComplete;
  await (inspector(designer).querySelector('motcua-condition-editor') as Updating | null)?.updateComplete;
}

/** The inspector's schema panel once rjsf has drawn its inputs. */
export async function inspectorPanel(designer: MotcuaFormDesigner): Promise<ShadowRoot> {
  await settle(designer);
  await until(() => inspector(designer).querySelector('motcua-schema-panel')?.shadowRoot?.querySelector('input') instanceof HTMLInputElement);
  return inside(inspector(designer).querySelector('motcua-schema-panel') as Element);
}

/** Sets a value as a person does, so React sees the input (and for a select, change) event it listens for; a person's input event is composed. */
export function enter(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  const prototype = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  if (input instanceof HTMLSelectElement) input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Fires the drag events a person's mouse does, from `source` to `target`, sharing one DataTransfer. */
export async function drag(designer: MotcuaFormDesigner, source: Element, target: () => Element): Promise<void> {
  const dataTransfer = new DataTransfer();
  source.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer }));
  await designer.updateComplete;
  const over = target();
  over.dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, cancelable: true, dataTransfer }));
  over.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer }));
  over.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer }));
  source.dispatchEvent(new DragEvent('dragend', { bubbles: true, composed: true, dataTransfer }));
  await designer.updateComplete;
}
