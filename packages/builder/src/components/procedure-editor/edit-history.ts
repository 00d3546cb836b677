/** How many steps back an officer can go; older ones are forgotten. */
const LIMIT = 200;

/**
 * The undo and redo history of whole definitions. A change carrying the same `group` as the one
 * before it, while that group is open, replaces it instead of adding a step: typing in the JSON
 * view is one step, not one per key. A group closes when the officer pauses (`closeGroup`), undoes,
 * redoes or makes any other change.
 */
export class EditHistory<T> {
  private past: T[] = [];
  private future: T[] = [];
  private openGroup: string | undefined;

  constructor(private current: T) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  push(next: T, group?: string): void {
    if (group === undefined || group !== this.openGroup) {
      this.past.push(this.current);
      if (this.past.length > LIMIT) this.past.shift();
    }
    this.openGroup = group;
    this.future = [];
    this.current = next;
  }

  closeGroup(): void {
    this.openGroup = undefined;
  }

  undo(): T | undefined {
    const previous = this.past.pop();
    if (previous === undefined) return undefined;
    this.future.push(this.current);
    this.current = previous;
    this.openGroup = undefined;
    return previous;
  }

  redo(): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(this.current);
    this.current = next;
    this.openGroup = undefined;
    return next;
  }
}
