import { z } from 'zod';
import { SCREEN_KEYS } from '../navigation';

/** green / amber / red on 概览. */
export const COMPLIANCE_STATUSES = ['ok', 'warn', 'error'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const complianceDetailSchema = z.object({
  text: z.string(),
  /** The record that fixes it, when there is one. */
  recordId: z.string().optional(),
  /** A date this item is due (YYYY-MM-DD). */
  due: z.string().optional(),
  /** This item's own weight, when the row mixes amber and red items. */
  status: z.enum(['warn', 'error']).optional(),
});
export type ComplianceDetail = z.infer<typeof complianceDetailSchema>;

/** One row per article that applies to this unit. */
export const complianceRowSchema = z.object({
  article: z.string(), // 第八条
  topic: z.string(), // 服务器联网三十日内备案
  status: z.enum(COMPLIANCE_STATUSES),
  message: z.string(),
  /** The screen that fixes it. */
  screen: z.enum(SCREEN_KEYS),
  /** The offending records, most urgent first; at most MAX_DETAILS of them. */
  details: z.array(complianceDetailSchema),
  /** How many offending records there are in all (more than details.length when the list was cut). */
  detailsTotal: z.number().int().nonnegative(),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

export const deadlineSchema = z.object({
  date: z.string(),
  text: z.string(),
  article: z.string(),
  screen: z.enum(SCREEN_KEYS),
  recordId: z.string().optional(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const complianceSummarySchema = z.object({
  today: z.string(),
  rows: z.array(complianceRowSchema),
  /** The next dates something is due, soonest first. */
  deadlines: z.array(deadlineSchema),
  /** How many dates there are in all (more than deadlines.length when the list was cut). */
  deadlinesTotal: z.number().int().nonnegative(),
  /** Articles that apply to this unit but are not checked yet (their screens are still to be built): shown as such, never as a status. */
  notChecked: z.array(z.object({ article: z.string(), topic: z.string(), screen: z.enum(SCREEN_KEYS) })),
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;
