import type { z } from 'zod';

export interface RuleIssue {
  path: PropertyKey[];
  message: string;
}

/**
 * Runs a shared cross-field rule (licenseRules, personRules) outside zod and returns what it reported,
 * so a form shows exactly the message the API would give.
 */
export function collectIssues(rule: (ctx: z.RefinementCtx) => unknown): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const ctx = {
    addIssue(issue: string | { path?: PropertyKey[]; message?: string }) {
      if (typeof issue === 'string') issues.push({ path: [], message: issue });
      else issues.push({ path: issue.path ?? [], message: issue.message ?? '' });
    },
    value: undefined,
    issues: [],
  } as unknown as z.RefinementCtx;
  rule(ctx);
  return issues;
}

/**
 * Each field parsed by its own schema; a field that fails is left at its fallback so the rules across
 * fields can still run for the others.
 */
export function parseEachField<S extends z.ZodObject>(shape: S, values: Record<string, unknown>, fallback: Record<string, unknown>): z.output<S> {
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape.shape)) {
    const r = (schema as z.ZodType).safeParse(values[name] ?? fallback[name]);
    out[name] = r.success ? r.data : fallback[name];
  }
  return out as z.output<S>;
}
