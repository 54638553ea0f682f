import { z } from 'zod';
import { contract, METHOD_NAMES, type MethodName } from '../../shared/api/contract';

/** A JSON Schema node as zod's toJSONSchema writes it (only what the generator reads). */
interface Node {
  type?: string | string[];
  properties?: Record<string, Node>;
  required?: string[];
  items?: Node;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Node[];
  oneOf?: Node[];
  allOf?: Node[];
  default?: unknown;
  minimum?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
}

/** Values that no field should accept silently or answer with anything but an envelope. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e308,
  true,
  '',
  'x',
  [],
  {},
  [null],
  'a'.repeat(100_000),
  '\u0000\u0007\u001b[31m\u0085\u009b',
  '\uD800',
  'ab\uDFFFcd',
  '\u202Egnp.exe',
  '\u2066x\u2069',
  '2026-13-45',
  '不是日期',
  '=HYPERLINK("http://x")',
  '../../../../etc/passwd',
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
];

/** A plausible value for a schema node: the base every single-field mutation starts from. */
function sample(node: Node | undefined, depth = 0): unknown {
  if (!node || depth > 6) return 'x';
  if (node.const !== undefined) return node.const;
  if (node.default !== undefined) return node.default;
  if (node.enum && node.enum.length > 0) return node.enum[0];
  const alt = node.anyOf ?? node.oneOf;
  if (alt && alt.length > 0) return sample(alt[0], depth + 1);
  if (node.allOf && node.allOf.length > 0) return sample(node.allOf[0], depth + 1);
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node.properties ?? {})) out[key] = sample(child, depth + 1);
      return out;
    }
    case 'array':
      return [sample(node.items, depth + 1)];
    case 'integer':
    case 'number':
      return node.minimum ?? 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    case 'string':
      if (node.format === 'date' || node.pattern?.includes('\\d{4}-')) return '2026-01-01';
      return 'x'.repeat(Math.max(1, node.minLength ?? 1));
    default:
      return 'x';
  }
}

/** Every object shape an input may take (a union gives several), with its JSON Schema. */
function shapes(node: Node): Node[] {
  const alt = node.anyOf ?? node.oneOf;
  if (alt) return alt.flatMap(shapes);
  if (node.allOf && node.allOf.length > 0) return shapes(node.allOf[0]!);
  return [node];
}

export interface FuzzCall {
  method: MethodName;
  input: unknown;
  what: string;
  /** The hostile value put in one field, when the call is a single-field mutation. */
  value?: unknown;
  /** Where that value went, as the envelope's `field` names it. */
  path?: string;
}

/**
 * Calls generated from the contract's own input schemas: whole inputs of the wrong type, every field
 * missing, every field (and every field of the first array item) replaced by each hostile value,
 * prototype-polluting keys.
 */
export function fuzzCalls(methods: readonly MethodName[] = METHOD_NAMES): FuzzCall[] {
  const calls: FuzzCall[] = [];
  for (const method of methods) {
    const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as Node;
    for (const whole of [undefined, null, 'x', 7, [], [1, 2]]) calls.push({ method, input: whole, what: `whole input ${JSON.stringify(whole)}` });
    for (const shape of shapes(schema)) {
      const base = sample(shape);
      calls.push({ method, input: base, what: 'sample' });
      if (typeof base !== 'object' || base === null || Array.isArray(base)) continue;
      calls.push({ method, input: { ...base, ...(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}') as object) }, what: '__proto__ key' });
      for (const [key, child] of Object.entries(shape.properties ?? {})) {
        const rest: Record<string, unknown> = { ...(base as Record<string, unknown>) };
        delete rest[key];
        calls.push({ method, input: rest, what: `missing ${key}` });
        for (const value of HOSTILE_VALUES) calls.push({ method, input: { ...base, [key]: value }, what: `${key} = ${describe(value)}`, value, path: key });
        const item = child.items ?? (child.anyOf ?? child.oneOf)?.find((n) => n.items)?.items;
        if (item && (item.properties || item.anyOf || item.oneOf)) {
          for (const itemShape of shapes(item)) {
            const itemBase = sample(itemShape);
            for (const sub of Object.keys(itemShape.properties ?? {})) {
              for (const value of HOSTILE_VALUES) {
                calls.push({ method, input: { ...base, [key]: [{ ...(itemBase as object), [sub]: value }] }, what: `${key}[0].${sub} = ${describe(value)}`, value, path: `${key}.0.${sub}` });
              }
            }
          }
        }
      }
    }
  }
  return calls;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value.length > 20 ? `${value.slice(0, 8)}…(${value.length})` : value) : JSON.stringify(value);
  return text ?? String(value);
}
