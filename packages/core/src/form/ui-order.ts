/**
 * rjsf's `ui:order` as every Một Cửa form applies it (the runtime renders by it, the builder's
 * designer draws by it): the listed names first, `*` standing for every other in schema order.
 * Names the order lists but the object lacks are left out; an order that is not a list changes nothing.
 */
export function orderMembers(names: readonly string[], order: unknown): string[] {
  if (!Array.isArray(order)) return [...names];
  const listed = order.filter((n): n is string => typeof n === 'string' && n !== '*' && names.includes(n));
  const rest = names.filter((n) => !listed.includes(n));
  const star = order.indexOf('*');
  if (star === -1) return [...listed, ...rest];
  const before = order.slice(0, star).filter((n): n is string => listed.includes(n as string));
  return [...before, ...rest, ...listed.filter((n) => !before.includes(n))];
}
