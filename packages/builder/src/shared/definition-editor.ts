import { format, type Bilingual, type ProcedureDefinition, type ValidationIssue } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { BuilderElement } from './builder-element.js';
import { movedTo, removedAt } from './list-edit.js';
import { LIST_WORDS } from './list-words.js';

/** The event every visual editor fires with a new whole definition (the shell keeps the one state). */
export const DEFINITION_CHANGE = 'motcua-definition-change';

export type DefinitionChangeEvent = CustomEvent<{ definition: ProcedureDefinition }>;

/** A list's own words for removing an item (the rest are LIST_WORDS); `{name}` is filled in. */
export interface ListWords {
  remove: Bilingual;
  removed: Bilingual;
}

/**
 * A visual editor of part of a definition: it is given the whole definition, possibly unfinished
 * while the officer works, never changes that object, and fires each edit as a new definition
 * (structural sharing: parts it did not touch are the very same objects). Lists are edited with
 * buttons: focus follows a moved item and a polite status says what happened.
 */
export class DefinitionEditor extends BuilderElement {
  static override properties = {
    ...BuilderElement.properties,
    definition: { attribute: false },
    problems: { attribute: false },
    announcement: { state: true },
  };

  declare definition: ProcedureDefinition | undefined;
  /** Core's verdict on the definition when the host has it already (the shell checks with the taxonomy); else the editor checks. */
  declare problems: readonly ValidationIssue[] | undefined;
  /** What the last list action did, read out by the status region. */
  declare announcement: string;
  /** The control to focus once the definition comes back with the edit. */
  private pendingFocus: string | undefined;

  constructor() {
    super();
    this.announcement = '';
  }

  /** Fires the edit. The shell passes the new definition back down; until then the old one stays. */
  protected commit(definition: ProcedureDefinition): void {
    this.dispatchEvent(new CustomEvent(DEFINITION_CHANGE, { detail: { definition }, bubbles: true, composed: true }));
  }

  /** Says what happened and moves focus to `focus` (an id) once the edited definition is rendered. */
  protected announce(text: Bilingual, values: Record<string, string | number>, focus?: string): void {
    this.announcement = format(text[this.language], values);
    this.pendingFocus = focus;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('definition') && this.pendingFocus) {
      (this.renderRoot.querySelector(`#${this.pendingFocus}`) as HTMLElement | null)?.focus();
      this.pendingFocus = undefined;
    }
  }

  /**
   * Up, down and remove buttons for item `i` of a list (ids `<prefix>-up-<i>`, …). Moving keeps
   * focus on the same button at the new place (the other one at an end, where it is gone);
   * removing moves it to `afterRemove(index)`, the first field of the item now in its place.
   */
  protected listButtons<T>(options: { prefix: string; list: readonly T[]; i: number; name: string; words: ListWords; write: (list: T[]) => void; afterRemove: (index: number) => string }) {
    const { prefix, list, i, name, write } = options;
    const words = { ...LIST_WORDS, ...options.words };
    const say = (text: Bilingual) => format(text[this.language], { name });
    const last = list.length - 1;
    const move = (by: -1 | 1) => {
      const to = i + by;
      const edge = to === 0 || to === last;
      const button = edge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
      this.announce(words.moved, { name, position: to + 1 }, `${prefix}-${button}-${to}`);
      write(movedTo(list, i, to));
    };
    const remove = () => {
      this.announce(words.removed, { name }, last > 0 ? options.afterRemove(Math.min(i, last - 1)) : undefined);
      write(removedAt(list, i));
    };
    return html`<div class="actions">
      ${i > 0 ? html`<button type="button" class="secondary" id=${`${prefix}-up-${i}`} aria-label=${say(words.moveUp)} @click=${() => move(-1)}>${words.up[this.language]}</button>` : nothing}
      ${i < last ? html`<button type="button" class="secondary" id=${`${prefix}-down-${i}`} aria-label=${say(words.moveDown)} @click=${() => move(1)}>${words.down[this.language]}</button>` : nothing}
      <button type="button" class="secondary" id=${`${prefix}-remove-${i}`} aria-label=${say(words.remove)} @click=${remove}>${words.delete[this.language]}</button>
    </div>`;
  }

  /** The status region the announcements are read from. */
  protected renderAnnouncement() {
    return html`<p class="visually-hidden" part="announcement" role="status" aria-live="polite">${this.announcement}</p>`;
  }
}
