// Answers for a form schema, as citizens (and careless clients) send them: values that look right
// for each field, and, with noise, wrong types, too long or too short text, malformed formats,
// numbers out of range, missing required members and unknown ones. The schema is read loosely:
// the validators decide what is valid, this only has to reach both sides of every keyword.
import fc from 'fast-check';

type Node = Record<string, unknown>;
type Arb = fc.Arbitrary<unknown>;

const VIETNAMESE = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ '];
const text = (minLength = 0, maxLength = 40) => fc.string({ unit: fc.constantFrom(...VIETNAMESE), minLength, maxLength });

function isNode(value: unknown): value is Node {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function resolve(root: Node, schema: Node): Node {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 16; hops++) {
    const ref = current.$ref as string;
    if (!ref.startsWith('#/')) break;
    let target: unknown = root;
    for (const token of ref.slice(2).split('/')) {
      const key = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isNode(target) || Array.isArray(target) ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (!isNode(target)) break;
    const { $ref: _ignored, ...rest } = current;
    current = { ...target, ...rest };
  }
  return current;
}

/** Any JSON value of the wrong kind, or a value that breaks a limit. */
function wrong(schema: Node): Arb {
  const choices: Arb[] = [fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), text(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 2 })];
  const maxLength = num(schema.maxLength);
  if (maxLength !== undefined) choices.push(text(maxLength + 1, maxLength + 3));
  if (num(schema.minLength) !== undefined) choices.push(fc.constant(''));
  const maximum = num(schema.maximum);
  if (maximum !== undefined) choices.push(fc.constant(maximum + 1));
  const minimum = num(schema.minimum);
  if (minimum !== undefined) choices.push(fc.constant(minimum - 1), fc.constant(minimum + 0.5));
  if (typeof schema.format === 'string') choices.push(fc.constantFrom('2024-02-30', '31/12/2024', 'not-an-email@', 'x', '2024-13-01', '25:61'));
  if (typeof schema.pattern === 'string') choices.push(fc.constantFrom('0', 'abc', '+8491234567', '0123456789012'));
  return fc.oneof(...choices);
}

const isoDate = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) })
  .map((ms) => new Date(ms).toISOString());

function stringFor(schema: Node): Arb {
  switch (schema.format) {
    case 'date':
      return isoDate.map((iso) => iso.slice(0, 10));
    case 'date-time':
      return isoDate;
    case 'time':
      return isoDate.map((iso) => `${iso.slice(11, 19)}Z`);
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = Math.min(num(schema.maxLength) ?? 40, minLength + 40);
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= minLength && s.length <= (num(schema.maxLength) ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from: plain text then, mostly refused.
    }
  }
  return text(minLength, maxLength);
}

function numberFor(schema: Node, integer: boolean): Arb {
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum) ?? -1_000_000;
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum) ?? 1_000_000;
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Members an object may have: its `properties` and those its branches (`allOf`, `then`, …) add. */
function memberSchemas(root: Node, schema: Node, out: Map<string, Node[]> = new Map(), depth = 0): Map<string, Node[]> {
  if (depth > 8) return out;
  const node = resolve(root, schema);
  if (isNode(node.properties)) {
    for (const [name, sub] of Object.entries(node.properties)) if (isNode(sub)) out.set(name, [...(out.get(name) ?? []), sub]);
  }
  const branches = [node.then, node.else, ...(Array.isArray(node.allOf) ? node.allOf : []), ...(isNode(node.dependentSchemas) ? Object.values(node.dependentSchemas) : [])];
  for (const branch of branches) if (isNode(branch)) memberSchemas(root, branch, out, depth + 1);
  return out;
}

function requiredOf(schema: Node): string[] {
  return Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
}

function objectFor(root: Node, schema: Node, noise: boolean, depth: number): Arb {
  const model: Record<string, Arb> = {};
  for (const [name, schemas] of memberSchemas(root, schema)) {
    model[name] = fc.oneof(...schemas.map((s) => valueFor(root, s, noise, depth + 1)));
  }
  const required = requiredOf(schema).filter((name) => name in model);
  const records: fc.WeightedArbitrary<unknown>[] = [{ weight: 4, arbitrary: fc.record(model, { requiredKeys: required }) }];
  if (noise) {
    records.push({ weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) });
    records.push({ weight: 1, arbitrary: fc.record(model, { requiredKeys: required }).map((o) => ({ ...(o as object), truongLa: 'không có trong biểu mẫu' })) });
  }
  return fc.oneof(...records);
}

function typeOf(schema: Node): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (isNode(schema.properties)) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

function plausible(root: Node, schema: Node, noise: boolean, depth: number): Arb {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const options = [...(Array.isArray(schema.oneOf) ? schema.oneOf : []), ...(Array.isArray(schema.anyOf) ? schema.anyOf : [])].filter(isNode);
  if (options.length > 0 && options.every((o) => 'const' in o)) return fc.constantFrom(...options.map((o) => o.const));
  switch (typeOf(schema)) {
    case 'object':
      return depth > 6 ? fc.constant({}) : objectFor(root, schema, noise, depth);
    case 'array': {
      const items = isNode(schema.items) ? schema.items : {};
      const minLength = num(schema.minItems) ?? 0;
      const maxLength = Math.max(minLength, Math.min(num(schema.maxItems) ?? 3, minLength + 3));
      return fc.array(valueFor(root, items, noise, depth + 1), { minLength, maxLength });
    }
    case 'string':
      return stringFor(schema);
    case 'integer':
      return numberFor(schema, true);
    case 'number':
      return numberFor(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function valueFor(root: Node, schema: Node, noise: boolean, depth: number): Arb {
  const node = resolve(root, schema);
  const good = plausible(root, node, noise, depth);
  return noise ? fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: wrong(node) }) : good;
}

/**
 * `count` answers for `schema`, reproducibly (`seed`): about a third clean (every required member,
 * every value plausible), the rest with noise at every level.
 */
export function answerSamples(schema: unknown, count: number, seed: number): unknown[] {
  const root = isNode(schema) ? schema : {};
  const clean = valueFor(root, root, false, 0);
  const noisy = valueFor(root, root, true, 0);
  return fc.sample(fc.oneof({ weight: 1, arbitrary: clean }, { weight: 2, arbitrary: noisy }), { seed, numRuns: count });
}
