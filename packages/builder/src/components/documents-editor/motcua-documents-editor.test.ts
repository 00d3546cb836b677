import { expect } from '@esm-bundle/chai';
import type { Document, ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverVerdict, throughJson, typeInto } from '../../shared/editor-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaDocumentsEditor } from './motcua-documents-editor.component.js';

type Host = Awaited<ReturnType<typeof hostEditor<MotcuaDocumentsEditor>>>;
const control = <T extends Element>(root: ShadowRoot, id: string) => root.querySelector(`#${id}`) as unknown as T;
const inner = (root: ShadowRoot, id: string) => (root.querySelector(`#${id}`) as Element).shadowRoot as ShadowRoot;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function click(host: Host, button: Element | null): Promise<void> {
  (button as HTMLElement).click();
  await host.element.updateComplete;
}

async function check(host: Host, box: HTMLInputElement, on: boolean): Promise<void> {
  box.checked = on;
  box.dispatchEvent(new Event('change'));
  await host.element.updateComplete;
}

async function chooseFile(host: Host, input: HTMLInputElement, file: File): Promise<void> {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await host.element.updateComplete;
}

/** 1.004194 (temporary residence) under a new code, without its parents’ consent document. */
async function residence(): Promise<{ definition: ProcedureDefinition; consent: Document }> {
  const definition = await catalogueDefinition('1.004194');
  const consent = definition.documents?.find((d) => d.id === 'y-kien-cha-me') as Document;
  return { definition: { ...definition, code: freshCode('docs'), documents: definition.documents?.filter((d) => d !== consent) }, consent };
}

describe('<motcua-documents-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a conditional document', async () => {
    const { element } = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', await catalogueDefinition('1.004194'));
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('adds a document required only when an answer holds, with counts, types, size and post; the JSON round trip gives it back', async () => {
    const { definition, consent } = await residence();
    const host = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', definition);
    const { element, root, changes } = host;
    const n = definition.documents?.length ?? 0;
    await click(host, control(root, 'add'));
    expect(root.activeElement?.id).to.equal(`document-${n}-name-vi`);
    await typeInto(element, control(root, `document-${n}-name-vi`), 'Ý kiến đồng ý của cha, mẹ hoặc người giám hộ');
    await typeInto(element, control(root, `document-${n}-name-en`), 'Consent of a parent or guardian');
    await typeInto(element, control(root, `document-${n}-id`), 'y-kien-cha-me');
    await typeInto(element, control(root, `document-${n}-copies`), '2');
    await check(host, control(root, `document-${n}-accept-jpeg`), false);
    await check(host, control(root, `document-${n}-accept-png`), false);
    await check(host, control(root, `document-${n}-accept-docx`), true);
    await typeInto(element, control(root, `document-${n}-max-size`), '5');
    await check(host, control(root, `document-${n}-by-post`), true);
    const when = inner(root, `document-${n}-when`);
    await click(host, when.querySelector('input[value=only-when]'));
    await typeInto(element, when.querySelector('#subject') as HTMLSelectElement, 'answer:nguoiChuaThanhNien');
    expect((when.querySelector('#value') as HTMLSelectElement).selectedOptions[0]?.textContent).to.equal('Có');
    const added = changes.at(-1)?.documents?.at(-1);
    expect(added).to.deep.equal({
      id: 'y-kien-cha-me',
      name: { vi: 'Ý kiến đồng ý của cha, mẹ hoặc người giám hộ', en: 'Consent of a parent or guardian' },
      copies: 2,
      accept: ['application/pdf', DOCX],
      maxSize: 5 * 1024 * 1024,
      mayFollowByPost: true,
      when: consent.when,
    });
    const back = throughJson(changes.at(-1) as ProcedureDefinition);
    expect(back).to.deep.equal(changes.at(-1));
    expect(await serverVerdict(back)).to.deep.include({ valid: true });
    cleanup();
    const reopened = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', back, 'en');
    expect(control<HTMLInputElement>(reopened.root, `document-${n}-accept-docx`).checked).to.equal(true);
    expect(control<HTMLInputElement>(reopened.root, `document-${n}-max-size`).value).to.equal('5');
    const reread = inner(reopened.root, `document-${n}-when`);
    expect((reread.querySelector('#subject') as HTMLSelectElement).value).to.equal('answer:nguoiChuaThanhNien');
    expect((reread.querySelector('#operator') as HTMLSelectElement).value).to.equal('is');
  });

  it('reorders by keyboard with focus following and an announcement, and removes', async () => {
    const { definition } = await residence();
    const host = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', definition);
    const { root, changes } = host;
    const [first, second] = definition.documents as [Document, Document];
    await click(host, control(root, 'document-down-0'));
    expect(changes.at(-1)?.documents?.slice(0, 2)).to.deep.equal([second, first]);
    expect(root.activeElement?.id).to.equal('document-down-1');
    expect(root.querySelector('[part=announcement]')?.textContent).to.equal(`Đã chuyển “${first.name.vi}” đến vị trí 2.`);
    await click(host, control(root, 'document-remove-1'));
    expect(changes.at(-1)?.documents?.map((d) => d.id)).to.not.include(first.id);
    expect(root.activeElement?.id).to.equal('document-1-name-vi');
  });

  it('uploads a template to the server and records the URL that downloads it; a file that is not what it claims is refused with the server’s reason', async () => {
    const { definition } = await residence();
    const host = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', definition);
    const { root, changes } = host;
    const form = `%PDF-1.4\n1 0 obj <<>> endobj\n% Tờ khai CT01, ${Date.now()}\n%%EOF\n`;
    await chooseFile(host, control(root, 'document-0-upload'), new File([form], 'Tờ khai CT01.pdf', { type: 'application/pdf' }));
    await until(() => changes.length > 0);
    const template = changes.at(-1)?.documents?.[0]?.template;
    expect(template?.name).to.deep.equal({ vi: 'Tờ khai CT01.pdf' });
    expect(template?.url).to.match(new RegExp(`^${location.origin}/api/v1/templates/[0-9a-f-]{36}/T%E1%BB%9D%20khai%20CT01\\.pdf$`));
    // What a citizen gets from the posting's link: the very bytes, under the form's name.
    const download = await fetch(template?.url as string, { credentials: 'omit' });
    expect(download.status).to.equal(200);
    expect(new Uint8Array(await download.arrayBuffer())).to.deep.equal(new TextEncoder().encode(form));
    expect(download.headers.get('content-disposition')).to.contain("filename*=UTF-8''T%E1%BB%9D%20khai%20CT01.pdf");
    expect(root.querySelector('[part=upload-status]')?.textContent).to.match(/^Đã tải lên “Tờ khai CT01.pdf” \(/);
    await chooseFile(host, control(root, 'document-1-upload'), new File(['<html>not a pdf</html>'], 'mau.pdf', { type: 'application/pdf' }));
    await until(() => root.querySelectorAll('[part=upload-status][role=alert]').length > 0 && root.querySelector('[role=alert]')?.textContent !== '');
    expect(root.querySelector('[part=upload-status][role=alert]')?.textContent).to.match(/^Không tải lên được: /);
    expect(changes).to.have.length(1);
  });

  it('edits a case’s own documents, leaving the common ones as they are', async () => {
    const definition = await catalogueDefinition('3.000333');
    const host = await hostEditor<MotcuaDocumentsEditor>('motcua-documents-editor', definition);
    const { element, root, changes } = host;
    await typeInto(element, control(root, 'scope'), '1');
    expect(control<HTMLInputElement>(root, 'document-0-id').value).to.equal('van-ban-uy-quyen');
    await typeInto(element, control(root, 'document-0-copies'), '1');
    const edited = changes.at(-1) as ProcedureDefinition;
    expect(edited.cases[1]?.documents?.[0]?.copies).to.equal(1);
    expect(edited.documents).to.equal(element.definition?.documents);
    expect({ ...edited, cases: definition.cases }).to.deep.equal(definition);
  });
});
