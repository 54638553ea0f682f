import { z } from 'zod';

/**
 * The four methods every record kind has — `<kind>.list`, `.get`, `.save`, `.remove` — built from its
 * schemas, so each kind is declared once and its methods cannot drift apart.
 * - `fields`: the form's fields (no id); `rules`: checks across fields, run after the fields parsed;
 * - `stored`: what the database holds and the API returns (with id and derived fields).
 */
export function recordMethods<const K extends string, F extends z.ZodObject, S extends z.ZodType>(def: {
  kind: K;
  title: string;
  fields: F;
  rules?: (value: z.output<F>, ctx: z.RefinementCtx) => z.output<F>;
  stored: S;
  labels: Readonly<Record<string, string>>;
}) {
  const id = z.string().min(1).max(64);
  const withId = def.fields.extend({ id: id.optional() });
  const rules = def.rules;
  const saveInput = rules
    ? withId.transform((v, ctx) => ({ ...rules(v as z.output<F>, ctx), id: (v as { id?: string }).id }))
    : withId;
  const { kind, title, stored, labels } = def;
  return {
    [`${kind}.list`]: { summary: `列出全部${title}`, input: z.object({}).strict(), output: z.array(stored) },
    [`${kind}.get`]: { summary: `读取一条${title}`, input: z.object({ id }), output: stored },
    [`${kind}.save`]: {
      summary: `新增或修改${title}（带 id 为修改）；写入磁盘后才返回`,
      input: saveInput,
      output: stored,
      labels,
    },
    [`${kind}.remove`]: {
      summary: `删除一条${title}（仍被其他记录使用的扫描件保留）`,
      input: z.object({ id }),
      output: z.object({ removed: z.literal(true) }),
    },
  } as unknown as RecordMethodTable<K, F, S>;
}

type SaveInput<F extends z.ZodObject> = z.ZodType<z.output<F> & { id?: string | undefined }, z.input<F> & { id?: string | undefined }>;

export type RecordMethodTable<K extends string, F extends z.ZodObject, S extends z.ZodType> = {
  [P in `${K}.list`]: { summary: string; input: z.ZodObject<{}>; output: z.ZodArray<S> };
} & {
  [P in `${K}.get`]: { summary: string; input: z.ZodObject<{ id: z.ZodString }>; output: S };
} & {
  [P in `${K}.save`]: { summary: string; input: SaveInput<F>; output: S; labels: Readonly<Record<string, string>> };
} & {
  [P in `${K}.remove`]: { summary: string; input: z.ZodObject<{ id: z.ZodString }>; output: z.ZodObject<{ removed: z.ZodLiteral<true> }> };
};
