import { expect } from '@esm-bundle/chai';
import type { Document, ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverVerdict, throughJson, typeInto } from '../../shared/editor-test-support.js';
import { chooseInPanel, missingWords, typeInPanel } from '../../shared/panel-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaFeeCalculator } from '../fee-calculator/motcua-fee-calculator.component.js';
import type { MotcuaCasesEditor } from './motcua-cases-editor.component.js';

type Host = Awaited<ReturnType<typeof hostEditor<MotcuaCasesEditor>>>;
const control = <T extends Element>(root: ShadowRoot, id: string) => root.querySelector(`#${id}`) as unknown as T;
const inner = (root: ShadowRoot, id: string) => (root.querySelector(`#${id}`) as Element).shadowRoot as ShadowRoot;

async function click(host: Host, button: Element | null): Promise<void> {
  (button as HTMLElement).click();
  await host.element.updateComplete;
}

/** Chooses an option of a lit select inside a nested shadow root, as a person does. */
async function choose(host: Host, select: HTMLSelectElement, value: string): Promise<void> {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await host.element.updateComplete;
}

/** Types into case `i`'s panel field and waits for the edit to come back. */
async function typeInCase(host: Host, i: number, field: string, text: string): Promise<void> {
  const input = () => inner(host.root, `case-${i}-panel`).querySelector(`[id$=root_${field}]`) as HTMLInputElement | null;
  await until(() => input() !== null);
  const seen = host.changes.length;
  typeInPanel(input() as HTMLInputElement, text);
  await until(() => host.changes.length > seen);
  await host.element.updateComplete;
}

/** The case the builder's fee calculator (core's chooseCase in the bundle) picks for these answers, as it names it. */
async function caseFor(definition: ProcedureDefinition, answers: Record<string, unknown>): Promise<string> {
  const calculator = await hostEditor<MotcuaFeeCalculator>('motcua-fee-calculator', definition);
  await typeInto(calculator.element, calculator.root.querySelector('#answers') as HTMLTextAreaElement, JSON.stringify(answers));
  const said = [...calculator.root.querySelectorAll('p')].map((p) => p.textContent ?? '').find((text) => text.startsWith('Trường hợp được xác định theo câu trả lời'));
  calculator.element.parentElement?.remove();
  return said ?? '';
}

/** Where core (on the server, as at publication) finds the definition wrong: none when it is valid. */
const problemsOf = async (definition: ProcedureDefinition) => (await serverVerdict({ ...definition, code: freshCode('cases') })).errors;

/** 2.001195 (replacing an identity card): four cases chosen from the answer “lyDoDoi”, the last without a condition. */
const identityCard = () => catalogueDefinition('2.001195');

describe('<motcua-cases-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with conditions, exclusions and a removal asked about', async () => {
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', await identityCard());
    await until(() => inner(host.root, 'case-0-panel').querySelector('input') !== null);
    await click(host, control(host.root, 'case-1-remove'));
    expect(await accessibilityViolations(host.element)).to.deep.equal([]);
  });

  it('names every property of its panel in Vietnamese and in English', async () => {
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', await identityCard(), 'en');
    expect(missingWords(host.element.panel)).to.deep.equal([]);
    await until(() => inner(host.root, 'case-0-panel').querySelector('label') !== null);
    const labels = [...inner(host.root, 'case-0-panel').querySelectorAll('label')].map((label) => label.textContent?.replace(/\*$/, '').trim());
    expect(labels).to.include.members(['Vietnamese', 'English']);
    expect(host.root.textContent).to.include('the first case whose condition holds is chosen');
  });

  it('adds a case before the default, names it, gives it a condition and a document it leaves out, moves it up and removes another; the definition survives JSON, is valid and chooses it', async () => {
    const original = await identityCard();
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', original);
    const { element, root, changes } = host;

    await click(host, control(root, 'add'));
    await until(() => root.activeElement?.id === 'case-3');
    // The default (the last case, without a condition) stays last, where it can be reached.
    expect(changes.at(-1)?.cases.map((c) => c.id)).to.deep.equal(['du-tuoi', 'sai-sot-do-co-quan', 'dia-gioi-hanh-chinh', 'truong-hop', 'co-thu-le-phi']);
    expect(changes.at(-1)?.cases[3]).to.deep.equal({ id: 'truong-hop', name: { vi: 'Trường hợp mới', en: 'New case' } });
    expect(root.querySelector('[role=status]')?.textContent).to.equal('Đã thêm trường hợp ở vị trí 4.');
    // Until it has a condition, core's problem is shown in the new case itself.
    expect(control<HTMLElement>(root, 'case-3').querySelector('.problems')?.textContent).to.include('mọi trường hợp trừ trường hợp cuối phải có điều kiện');
    expect(control<HTMLElement>(root, 'case-4').querySelector('.problems')).to.equal(null);

    await typeInCase(host, 3, 'name_vi', 'Đổi thẻ do bị mất');
    await typeInCase(host, 3, 'name_en', 'Replacement after a loss');

    const when = inner(root, 'case-3-when');
    (when.querySelector('input[value=only-when]') as HTMLInputElement).click();
    await element.updateComplete;
    await choose(host, inner(root, 'case-3-when').querySelector('#subject') as HTMLSelectElement, 'answer:lyDoDoi');
    const values = inner(root, 'case-3-when').querySelector('#value') as HTMLSelectElement;
    const lost = [...values.options].findIndex((option) => option.textContent?.includes('hư hỏng'));
    await choose(host, values, String(lost));
    expect(changes.at(-1)?.cases[3]?.when).to.deep.equal({ properties: { answers: { properties: { lyDoDoi: { const: 'hu-hong' } }, required: ['lyDoDoi'] } }, required: ['answers'] });
    expect(control<HTMLElement>(root, 'case-3').querySelector('.problems')).to.equal(null);

    const oldCard = control<HTMLInputElement>(root, 'case-3-exclude-documents-the-cu');
    oldCard.checked = true;
    oldCard.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(changes.at(-1)?.cases[3]?.exclude).to.deep.equal({ documents: ['the-cu'] });

    control<HTMLInputElement>(root, 'case-3-id').focus();
    control<HTMLElement>(root, 'case-3-id').dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, composed: true }));
    await element.updateComplete;
    expect(changes.at(-1)?.cases.map((c) => c.id)).to.deep.equal(['du-tuoi', 'sai-sot-do-co-quan', 'truong-hop', 'dia-gioi-hanh-chinh', 'co-thu-le-phi']);
    expect(root.activeElement?.id).to.equal('case-2-id');
    expect(root.querySelector('[role=status]')?.textContent).to.equal('Đã chuyển “Đổi thẻ do bị mất” đến vị trí 3.');

    await click(host, control(root, 'case-1-remove'));
    expect(root.activeElement?.id).to.equal('case-1-confirm');
    expect(root.querySelector('[part=confirm-remove]')?.textContent).to.include('0 giấy tờ, 0 khoản phí, 0 bước');
    await click(host, control(root, 'case-1-confirm'));
    await until(() => root.activeElement?.id === 'case-1');

    const edited = changes.at(-1) as ProcedureDefinition;
    expect(edited.cases.map((c) => c.id)).to.deep.equal(['du-tuoi', 'truong-hop', 'dia-gioi-hanh-chinh', 'co-thu-le-phi']);
    expect(edited.cases[1]).to.deep.equal({
      id: 'truong-hop',
      name: { vi: 'Đổi thẻ do bị mất', en: 'Replacement after a loss' },
      when: { properties: { answers: { properties: { lyDoDoi: { const: 'hu-hong' } }, required: ['lyDoDoi'] } }, required: ['answers'] },
      exclude: { documents: ['the-cu'] },
    });
    expect({ ...edited, cases: original.cases }).to.deep.equal(original);
    const back = throughJson(edited);
    expect(back).to.deep.equal(edited);
    expect(root.querySelector('.problems')).to.equal(null);
    expect(await problemsOf(back)).to.deep.equal([]);
    expect(await caseFor(back, { lyDoDoi: 'hu-hong' })).to.equal('Trường hợp được xác định theo câu trả lời: Đổi thẻ do bị mất');
    expect(await caseFor(back, { lyDoDoi: 'theo-yeu-cau' })).to.include(': Đổi thẻ do thay đổi thông tin');
  });

  it('refuses an id another case has by its input, and renames an id everywhere a condition tests for it', async () => {
    const card = await identityCard();
    const photo: Document = { id: 'anh', name: { vi: 'Ảnh chân dung', en: 'Portrait' }, when: { properties: { case: { enum: ['du-tuoi', 'co-thu-le-phi'] } }, required: ['case'] } };
    const definition = { ...card, caseSelection: 'choice' as const, cases: card.cases.map(({ when: _, ...rest }) => rest), documents: [...(card.documents ?? []), photo] };
    expect(await problemsOf(definition)).to.deep.equal([]);
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', definition, 'en');
    const { element, root, changes } = host;

    await typeInto(element, control(root, 'case-1-id'), 'du-tuoi');
    const id = control<HTMLInputElement>(root, 'case-1-id');
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(control(root, id.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '').textContent).to.equal('The id “du-tuoi” is already another case’s.');
    expect(changes).to.have.length(0);

    expect(control(root, 'case-0-id-hint').textContent).to.include('1 conditions name this id');
    await click(host, control(root, 'case-0-remove'));
    expect(root.querySelector('[part=confirm-remove]')?.textContent).to.include('It will be taken out of the 1 conditions that list it among other cases.');
    control(root, 'case-0-confirm').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await until(() => root.activeElement?.id === 'case-0-remove');
    expect(root.querySelector('[part=confirm-remove]')).to.equal(null);
    expect(changes).to.have.length(0);
    await typeInto(element, control(root, 'case-0-id'), 'dung-tuoi');
    const renamed = changes.at(-1) as ProcedureDefinition;
    expect(renamed.cases[0]?.id).to.equal('dung-tuoi');
    expect(renamed.documents?.at(-1)?.when).to.deep.equal({ properties: { case: { enum: ['dung-tuoi', 'co-thu-le-phi'] } }, required: ['case'] });
    expect(control<HTMLInputElement>(root, 'case-1-id').getAttribute('aria-invalid')).to.equal('false');
    expect(await problemsOf(throughJson(renamed))).to.deep.equal([]);

    // Removing a case the photo's condition lists among others takes it out of the list; one naming it alone is left to change.
    const only: Document = { id: 'giay-hen', name: { vi: 'Giấy hẹn', en: 'Appointment slip' }, when: { properties: { case: { const: 'co-thu-le-phi' } }, required: ['case'] } };
    element.definition = { ...renamed, documents: [...(renamed.documents ?? []), only] };
    await element.updateComplete;
    await click(host, control(root, 'case-3-remove'));
    expect(root.querySelector('[part=confirm-remove]')?.textContent).to.include('It will be taken out of the 1 conditions that list it among other cases. 1 conditions that name this case alone will need changing.');
    await click(host, control(root, 'case-3-confirm'));
    const removed = changes.at(-1) as ProcedureDefinition;
    expect(removed.cases.map((c) => c.id)).to.deep.equal(['dung-tuoi', 'sai-sot-do-co-quan', 'dia-gioi-hanh-chinh']);
    expect(removed.documents?.find((d) => d.id === 'anh')?.when).to.deep.equal({ properties: { case: { enum: ['dung-tuoi'] } }, required: ['case'] });
    expect(removed.documents?.find((d) => d.id === 'giay-hen')?.when).to.deep.equal(only.when);
    expect((await problemsOf(throughJson(removed))).map((problem) => problem.path)).to.deep.equal([`/documents/${(removed.documents?.length ?? 0) - 1}/when/properties/case/const`]);
  });

  it('gives a case a time limit of its own through the meta-schema panel, keeps a hand-written condition, and lets the applicant choose instead, dropping the conditions', async () => {
    const card = await identityCard();
    const handWritten = { anyOf: [{ properties: { channel: { const: 'online' } }, required: ['channel'] }, { properties: { answers: { properties: { lyDoDoi: { const: 'du-tuoi' } }, required: ['lyDoDoi'] } }, required: ['answers'] }] };
    const definition = { ...card, cases: card.cases.map((c, i) => (i === 0 ? { ...c, when: handWritten } : c)) };
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', definition, 'en');
    const { element, root, changes } = host;
    expect(inner(root, 'case-0-when').textContent).to.include('written by hand');

    await typeInCase(host, 0, 'serviceLevel_amount', '5');
    const unit = inner(root, 'case-0-panel').querySelector('select[id$=root_serviceLevel_unit]') as HTMLSelectElement;
    const working = [...unit.options].find((option) => option.textContent === 'working days') as HTMLOptionElement;
    const seen = changes.length;
    chooseInPanel(unit, working.value);
    await until(() => changes.length > seen);
    const timed = changes.at(-1) as ProcedureDefinition;
    expect(timed.cases[0]).to.deep.equal({ ...definition.cases[0], serviceLevel: { amount: 5, unit: 'working-days' } });
    expect(timed.cases[0]?.channels).to.equal(undefined);
    expect(timed.cases[0]?.when).to.deep.equal(handWritten);
    expect(throughJson(timed)).to.deep.equal(timed);

    await element.updateComplete;
    (control(root, 'selection-choice') as HTMLInputElement).click();
    await element.updateComplete;
    // Conditions choose nothing now, and core refuses them: they go in the same edit, which says so.
    const chosen = changes.at(-1) as ProcedureDefinition;
    expect(chosen.caseSelection).to.equal('choice');
    expect(chosen.cases.map((c) => c.when)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(chosen.cases.map(({ id, name }) => ({ id, name }))).to.deep.equal(timed.cases.map(({ id, name }) => ({ id, name })));
    expect(chosen.cases[0]?.serviceLevel).to.deep.equal({ amount: 5, unit: 'working-days' });
    expect(root.textContent).to.include('The applicant picks one of the cases');
    expect(root.querySelector('[role=status]')?.textContent).to.equal('The applicant chooses now, so the conditions of 3 cases were removed; Ctrl+Z brings them back.');
    expect(root.querySelector('motcua-condition-field')).to.equal(null);
    expect(root.querySelector('.problems')).to.equal(null);
    // Core's one problem left is the 5 days given above, shorter than the steps: no case is refused.
    expect((await problemsOf(throughJson(chosen))).map((problem) => problem.code)).to.deep.equal(['steps-exceed-service-level']);
  });

  it('works on an unfinished definition: with no cases yet it says so, and adding one starts the list', async () => {
    const unfinished = { formatVersion: 1, code: 'chua-xong', name: { vi: 'Chưa xong' } } as unknown as ProcedureDefinition;
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', unfinished);
    expect(host.root.textContent).to.include('Chưa có trường hợp nào; thủ tục cần ít nhất một.');
    await click(host, control(host.root, 'add'));
    expect(host.changes.at(-1)).to.deep.equal({ ...unfinished, cases: [{ id: 'truong-hop', name: { vi: 'Trường hợp mới', en: 'New case' } }] });
    await until(() => host.root.activeElement?.id === 'case-0');
    expect(control(host.root, 'case-0').textContent).to.include('Thủ tục chưa có giấy tờ hay phí chung nào.');
    expect(host.root.querySelector('[role=status]')?.textContent).to.equal('Đã thêm trường hợp ở vị trí 1.');
  });

  it('offers an exclusion whose document left the common list, so unticking it clears core’s problem', async () => {
    const card = await identityCard();
    const definition = { ...card, cases: card.cases.map((c, i) => (i === 0 ? { ...c, exclude: { fees: ['le-phi-doi-the'], documents: ['giay-cu'] } } : c)) };
    const host = await hostEditor<MotcuaCasesEditor>('motcua-cases-editor', definition, 'en');
    const { element, root, changes } = host;
    expect(control<HTMLElement>(root, 'case-0').querySelector('.problems')?.textContent).to.include('There is no base document “giay-cu” to exclude.');
    const stale = control<HTMLInputElement>(root, 'case-0-exclude-documents-giay-cu');
    expect(stale.checked).to.equal(true);
    expect(root.querySelector('label[for=case-0-exclude-documents-giay-cu]')?.textContent).to.equal('“giay-cu” (no longer in the common list: untick to drop it)');
    stale.checked = false;
    stale.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(changes.at(-1)?.cases[0]?.exclude).to.deep.equal({ fees: ['le-phi-doi-the'] });
    expect(control<HTMLElement>(root, 'case-0').querySelector('.problems')).to.equal(null);
  });
});
