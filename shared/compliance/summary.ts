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
});

/** One row per article that applies to this unit. */
export const complianceRowSchema = z.object({
  article: z.string(), // 第八条
  topic: z.string(), // 服务器联网三十日内备案
  status: z.enum(COMPLIANCE_STATUSES),
  message: z.string(),
  /** The screen that fixes it. */
  screen: z.enum(SCREEN_KEYS),
  details: z.array(complianceDetailSchema),
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
});
export type ComplianceSummary = z.infer<typeof complianceSummarySchema>;
