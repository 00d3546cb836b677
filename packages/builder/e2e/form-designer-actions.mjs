// What an officer does in the builder's form designer, by its visible controls only: the palette's
// buttons, the "Add it" choice, the canvas's questions, the inspector's labelled fields and the
// condition editor. Each action waits for what the officer would see before the next.

/** The designer's three regions, found by their headings. */
export function formDesigner(page) {
  const designer = page.locator('motcua-form-designer');
  return {
    designer,
    canvas: designer.getByRole('region', { name: 'Cấu trúc biểu mẫu' }),
    inspector: designer.getByRole('region', { name: /^Thuộc tính/ }),
  };
}

/** Presses a palette type after choosing where it goes ("Sau câu hỏi đang chọn", "Bên trong nhóm đang chọn", "Cuối biểu mẫu"); the new question is selected. */
export async function addQuestion(page, type, where) {
  const { designer, inspector } = formDesigner(page);
  await designer.getByLabel('Thêm vào', { exact: true }).selectOption({ label: where });
  await designer.getByRole('button', { name: type, exact: true }).click();
  await designer.getByRole('status').filter({ hasText: `Đã thêm “${type}”.` }).waitFor({ state: 'attached' });
  await inspector.getByRole('heading', { name: `Thuộc tính: ${type}`, exact: true }).waitFor();
}

/** Types the selected question's label in both languages in its inspector. */
export async function nameQuestion(page, { vi, en }) {
  const { inspector } = formDesigner(page);
  const label = inspector.getByRole('group', { name: 'Nhãn*', exact: true });
  await label.getByRole('textbox', { name: 'Tiếng Việt*', exact: true }).fill(vi);
  await label.getByRole('textbox', { name: 'Tiếng Anh', exact: true }).fill(en);
  await inspector.getByRole('heading', { name: `Thuộc tính: ${vi}`, exact: true }).waitFor();
}

/** Selects a question on the canvas by its label (the button reads "label type"). */
export async function selectQuestion(page, label) {
  const { canvas, inspector } = formDesigner(page);
  await canvas.getByRole('button', { name: new RegExp(`^${label} `) }).click();
  await inspector.getByRole('heading', { name: `Thuộc tính: ${label}`, exact: true }).waitFor();
}
