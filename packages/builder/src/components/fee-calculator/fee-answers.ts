import { parsePointer, type Fee, type ProcedureDefinition } from '@motcua/core';

/** A number the fees read from the answers: at the top level, or in each item of a repeatable answer. */
export interface FeeQuantity {
  /** Pointer to the repeatable answer (`each`), or undefined at the top level. */
  each?: string;
  /** Pointer to the number, relative to the item when `each` is set. */
  pointer: string;
}

/** Every quantity and multiplier the definition's fees (base and cases) read, each once. */
export function feeQuantities(definition: ProcedureDefinition | undefined): FeeQuantity[] {
  const fees: Fee[] = [...(definition?.fees ?? []), ...(definition?.cases ?? []).flatMap((c) => c.fees ?? [])];
  const seen = new Set<string>();
  const out: FeeQuantity[] = [];
  for (const fee of fees) {
    const pointers = [fee.rule && 'quantity' in fee.rule ? fee.rule.quantity : undefined, fee.multiplier];
    for (const pointer of pointers) {
      if (typeof pointer !== 'string' || !pointer.startsWith('/')) continue;
      const key = `${fee.each ?? ''}|${pointer}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(fee.each ? { each: fee.each, pointer } : { pointer });
    }
  }
  return out;
}

/** A copy of `data` with `value` at `pointer`, creating the objects and arrays on the way (numeric tokens make arrays). */
export function setAt(data: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  const write = (node: unknown, i: number): unknown => {
    const token = tokens[i];
    if (token === undefined) return value;
    const index = /^(0|[1-9][0-9]*)$/.test(token) ? Number(token) : undefined;
    if (index !== undefined && (Array.isArray(node) || node === undefined)) {
      const copy = Array.isArray(node) ? [...(node as unknown[])] : [];
      while (copy.length < index) copy.push({});
      copy[index] = write(copy[index], i + 1);
      return copy;
    }
    const object = typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
    return { ...object, [token]: write(object[token], i + 1) };
  };
  return write(data, 0);
}
