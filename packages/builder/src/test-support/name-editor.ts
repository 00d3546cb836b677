/**
 * A test-only view following the visual-editor contract, as small as it can be: it shows the
 * definition's Vietnamese name in a text box and fires `motcua-definition-change` with a new
 * definition for each edit, never touching the one it was given. The editor's tab tests host it
 * where the real visual editors will be.
 */
export class TestNameEditor extends HTMLElement {
  /** Every definition the editor gave this view, in order. */
  readonly received: unknown[] = [];
  private input: HTMLInputElement | undefined;
  server: string | undefined;
  locale: string | undefined;

  get definition(): unknown {
    return this.received.at(-1);
  }

  set definition(definition: unknown) {
    this.received.push(definition);
    if (this.input) this.input.value = nameOf(definition);
  }

  connectedCallback(): void {
    if (this.input) return;
    const label = document.createElement('label');
    label.textContent = 'Tên thủ tục';
    this.input = document.createElement('input');
    this.input.value = nameOf(this.definition);
    this.input.addEventListener('input', () => this.edit((this.input as HTMLInputElement).value));
    label.append(this.input);
    this.append(label);
  }

  /** What an officer's edit does: a new whole definition, the old one left as it was. */
  edit(name: string): unknown {
    const before = (this.definition ?? {}) as { name?: Record<string, string> };
    const definition = { ...before, name: { ...before.name, vi: name } };
    this.dispatchEvent(new CustomEvent('motcua-definition-change', { detail: { definition }, bubbles: true, composed: true }));
    return definition;
  }
}

function nameOf(definition: unknown): string {
  return (definition as { name?: { vi?: string } } | undefined)?.name?.vi ?? '';
}

if (!customElements.get('motcua-test-name-editor')) customElements.define('motcua-test-name-editor', TestNameEditor);
