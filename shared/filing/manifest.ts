import { z } from 'zod';

/**
 * manifest.json of a filing package: what it is, for whom, what it holds. Version 1 as first written is still
 * valid: every field added since (articles, the report period, reminders, forced overrides, the materials list)
 * is optional, so a reader of either kind reads both.
 */
export const FILING_MANIFEST_FORMAT = 'beian-desk/filing-package';

/** A 完整性检查 item as the package records it: its article and its text. */
export const manifestFindingSchema = z.object({ article: z.string(), text: z.string(), details: z.array(z.string()).optional() });
export type ManifestFinding = z.infer<typeof manifestFindingSchema>;

export const manifestContentSchema = z.object({
  path: z.string(),
  title: z.string(),
  /** The articles the file serves, e.g. ['第十三条（二）']. */
  articles: z.array(z.string()).optional(),
  /** A PDF's page count. */
  pages: z.number().int().positive().optional(),
});

export const filingManifestBodySchema = z.object({
  format: z.literal(FILING_MANIFEST_FORMAT),
  formatVersion: z.number().int().positive(),
  title: z.string(),
  regulation: z.string(),
  unit: z.object({ name: z.string(), creditCode: z.string() }),
  /** ISO 8601 with +08:00 (Beijing time). */
  generatedAt: z.string(),
  dutyRosterMonth: z.string(),
  reportMonth: z.string().optional(),
  /** The period the 月度变更报告 (06) covers, YYYY-MM-DD in Beijing time. */
  reportPeriod: z.object({ month: z.string(), from: z.string(), to: z.string() }).optional(),
  app: z.object({ name: z.string(), version: z.string() }),
  counts: z.record(z.string(), z.number()),
  contents: z.array(manifestContentSchema),
  completeness: z.object({
    blocking: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    forced: z.boolean(),
    /** The reminders (提醒) of the 完整性检查 at export, as 00_材料清单 prints them. */
    reminders: z.array(manifestFindingSchema).optional(),
    /** Blocking items left open by an export with --force. */
    forcedOverrides: z.array(manifestFindingSchema).optional(),
  }),
  /** 00_材料清单.pdf cannot carry its own SHA-256: it is in `files` here and in SHA256SUMS.txt. */
  materialsList: z.object({ path: z.string(), note: z.string() }).optional(),
  logSeals: z.object({ count: z.number().int().nonnegative(), newest: z.object({ seq: z.number().int(), sealedAt: z.string(), hash: z.string() }) }).optional(),
  verify: z.string(),
});
export type FilingManifestBody = z.infer<typeof filingManifestBodySchema>;

/** The whole file: the writer adds every file's size and SHA-256. */
export const filingManifestSchema = filingManifestBodySchema.extend({
  files: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type FilingManifest = z.infer<typeof filingManifestSchema>;
