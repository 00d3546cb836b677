import { answerAt, parseText, setAnswer } from './answers.js';
import type { FieldView } from './form-view.js';

/**
 * The answer a control holds now. Choices carry their option's index as
 * their value (an option's value may be any JSON), yes/no its position;
 * text goes through `parseText`.
 */
export function readControl(view: FieldView, target: HTMLInputElement, answers: Record<string, unknown>): unknown {
  const options = view.options ?? [];
  switch (view.kind) {
    case 'radios':
      return options[Number(target.value)]?.value;
    case 'yes-no':
      return target.value === '0';
    case 'select':
      return target.value === '' ? undefined : options[Number(target.value)]?.value;
    case 'checkbox':
      return target.checked;
    case 'checkboxes': {
      const chosen = answerAt(answers, view.path);
      const list = Array.isArray(chosen) ? chosen : [];
      const option = options[Number(target.value)];
      const next = options.filter((o) => (o === option ? target.checked : list.includes(o.value))).map((o) => o.value);
      return next.length > 0 ? next : undefined;
    }
    default:
      return parseText(view, target.value);
  }
}

/** Adds, removes or moves an item of the repeatable group at `path`; returns the item that should take focus. */
export function editList(answers: Record<string, unknown>, action: string, path: string, index: number): number {
  const current = answerAt(answers, path);
  const list = Array.isArray(current) ? current : [];
  if (!Array.isArray(current)) setAnswer(answers, path, list);
  if (action === 'add') return list.push(undefined) - 1;
  if (action === 'remove') {
    list.splice(index, 1);
    return Math.min(index, list.length - 1);
  }
  if (action === 'up' || action === 'down') {
    const other = action === 'up' ? index - 1 : index + 1;
    [list[index], list[other]] = [list[other], list[index]];
    return other;
  }
  return index;
}
