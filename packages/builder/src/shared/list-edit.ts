/** A copy of `list` with the item at `index` replaced. */
export function replacedAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((entry, i) => (i === index ? item : entry));
}

/** A copy of `list` without the item at `index`. */
export function removedAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A copy of `list` with the item at `from` moved to `to` (both clamped to the list). */
export function movedTo<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  if (item === undefined) return copy;
  copy.splice(target, 0, item);
  return copy;
}

/** An id unique in `taken`, from `base` (`giay-to`, `giay-to-2`, …). */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** An object without its members whose value is undefined or an empty string: the definition keeps no blanks. */
export function withoutBlanks<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}
