import type { Bilingual } from '@motcua/core';
import type { PropertyValues } from 'lit';
import { listIn, listPointer, scopeSelect, scopeStillThere, withList, type Scope } from './case-scope.js';
import { DefinitionEditor } from './definition-editor.js';
import { DefinitionProblems } from './definition-problems.js';
import { replacedAt, withoutBlanks } from './list-edit.js';

/**
 * An editor of one list of a definition (documents, fees or steps): the procedure's own, common to
 * every case, or, chosen with `renderScope()`, one case's. Items are replaced whole, with members
 * set to undefined or '' dropped; core's problems are at hand for each item through `checker`.
 */
export abstract class ScopedListEditor<T extends object> extends DefinitionEditor {
  static override properties = {
    ...DefinitionEditor.properties,
    scope: { state: true },
  };

  /** The procedure's list, or a case's own. */
  declare scope: Scope;
  protected readonly checker = new DefinitionProblems(() => this.problems);
  protected abstract readonly member: 'documents' | 'fees' | 'steps';
  /** Whether an emptied list is dropped from the definition (documents and fees may be absent; steps may not). */
  protected readonly dropEmpty: boolean = true;

  constructor() {
    super();
    this.scope = 'base';
  }

  protected get items(): T[] {
    return listIn<T>(this.definition, this.scope, this.member);
  }

  /** The JSON Pointer of item `i` in the definition. */
  protected pointerOf(i: number): string {
    return `${listPointer(this.scope, this.member)}/${i}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition')) this.scope = scopeStillThere(this.definition, this.scope);
  }

  /** Commits the scope's list, or drops it (a case's steps given back to the common ones). */
  protected setItems(items: T[] | undefined): void {
    this.commit(withList(this.definition, this.scope, this.member, items && items.length === 0 && this.dropEmpty ? undefined : items));
  }

  protected editItem(i: number, change: Partial<T>): void {
    const item = this.items[i];
    if (item) this.setItems(replacedAt(this.items, i, withoutBlanks({ ...item, ...change })));
  }

  /** Appends an item, says so, and moves focus to `focus` (its first field) once it is shown. */
  protected addItem(item: T, added: Bilingual, focus: string): void {
    this.announce(added, { position: this.items.length + 1 }, focus);
    this.setItems([...this.items, item]);
  }

  protected renderScope() {
    return scopeSelect(this.definition, this.scope, this.language, (scope) => (this.scope = scope));
  }
}
