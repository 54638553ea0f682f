import { z } from 'zod';
import type { CallResult } from './errors';
import { IDENTITY_TYPES } from '../identity/types';
import type { MethodNameList } from './methodNames';
import { storedUnitSchema, unitSchema, UNIT_LABELS } from '../records/unit';
import { attachmentMetaSchema, sha256Schema } from '../records/attachment';
import { complianceSummarySchema } from '../compliance/summary';
import { LICENSE_LABELS, licenseFields, licenseRules, storedLicenseSchema } from '../records/license';
import { PERSON_LABELS, personFields, personRules, storedPersonSchema } from '../records/person';
import {
  SECURITY_GROUP_LABELS,
  securityGroupSchema,
  storedSecurityGroupSchema,
} from '../records/securityGroup';
import { SERVER_LABELS, serverFields, serverRules, storedServerSchema } from '../records/server';
import { recordMethods } from './recordMethods';
import { filingMethods } from '../filing/api';
import { customerSpaceMethods } from './customerSpaceMethods';
import { reportMethods } from './reportMethods';
import { logSealMethods } from './logSealMethods';
import { backupMethods } from './backupMethods';
import { pickerMethods } from './pickerMethods';
import { INCIDENT_LABELS, incidentFields, incidentRules, storedIncidentSchema } from '../records/incident';
import { DUTY_LOG_LABELS, dutyLogFields, dutyLogRules, storedDutyLogSchema } from '../records/dutyLog';
import { imageProfileSchema } from '../records/imageProfile';
import { IDC_ROOM_LABELS, idcRoomFields, idcRoomRules, storedIdcRoomSchema } from '../records/idcRoom';
import { DUTY_POLICY_LABELS, dutyPolicySchema, storedDutyPolicySchema } from '../records/dutyPolicy';
import { ROSTER_IMPORT_LABELS, rosterImportApplyInputSchema, rosterImportPreviewInputSchema, rosterImportPreviewSchema } from '../records/dutyRosterImport';
import {
  DUTY_ROSTER_LABELS,
  MAX_GENERATE_DAYS,
  MAX_VIEW_DAYS,
  coverageResultSchema,
  cstDateTimeSchema,
  dateRangeSchema,
  dutyNowSchema,
  dutyRosterSettingsSchema,
  dutyRosterViewSchema,
  overrideInputSchema,
  rosterIcsInputSchema,
  rosterMonthSchema,
  rosterIcsOutputSchema,
  storedDutyRosterSettingsSchema,
  storedOverrideSchema,
} from '../records/dutyRoster';

/**
 * The one API contract. Every transport (Electron IPC, the browser host, the command line) is built
 * from this table, so a method exists in all of them or in none.
 *
 * - input: validated by the handler before the service sees it (and used by the forms);
 * - output: what the service returns, checked before it leaves the handler;
 * - labels: field name -> visible label, so a validation error names the field as the form does.
 */
interface MethodDef<I extends z.ZodType, O extends z.ZodType> {
  summary: string;
  input: I;
  output: O;
  labels?: Readonly<Record<string, string>>;
}
const method = <I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>) => def;

const empty = z.object({}).strict();

export const backupInfoSchema = z.object({
  file: z.string(),
  createdAt: z.string(),
  bytes: z.number().int().nonnegative(),
  /** 'setAside': a database a restore put aside (beian.sqlite.replaced-…), restorable like a backup. */
  kind: z.enum(['setAside']).optional(),
});

export const workspaceStatusSchema = z.object({
  path: z.string(),
  state: z.enum(['ok', 'damaged']),
  /** Where a damaged database was moved to; it is never overwritten. */
  setAsidePath: z.string().optional(),
  /** Backups that passed the integrity check, newest first. */
  backups: z.array(backupInfoSchema),
  /** Set after a restore: which backup the workspace now runs on. */
  restoredFrom: z.string().optional(),
  /** Set after a restore that replaced a database: the set-aside file's name, listed in `backups`. */
  replaced: z.string().optional(),
});
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  entity: z.string(),
  entityId: z.string(),
  field: z.string(),
  oldValue: z.string().nullable(),
  newValue: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const contract = {
  'identity.validate': method({
    summary: '校验证件号码或代码，返回规范化的值或具体的错误说明',
    input: z.object({ type: z.enum(IDENTITY_TYPES), value: z.string().max(200) }),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), value: z.string(), warning: z.string().optional() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
  }),
  'unit.get': method({
    summary: '读取单位信息（尚未保存时为 null）',
    input: empty,
    output: storedUnitSchema.nullable(),
  }),
  'unit.save': method({
    summary: '保存单位信息；数据写入磁盘后才返回',
    input: unitSchema,
    output: storedUnitSchema,
    labels: UNIT_LABELS,
  }),
  'workspace.status': method({
    summary: '工作目录状态：数据库是否完好，可用的备份',
    input: empty,
    output: workspaceStatusSchema,
  }),
  'workspace.restoreBackup': method({
    summary:
      '用一个完好的备份（或恢复时另存的数据库）替换数据库；当前数据库先另存、可再恢复。数据库完好时须 confirmSetAside: true',
    input: z.object({ file: z.string().min(1), confirmSetAside: z.boolean().optional() }),
    output: workspaceStatusSchema,
    labels: { file: '备份文件', confirmSetAside: '确认另存当前数据' },
  }),
  'audit.list': method({
    summary: '变更记录：每次字段修改（对象、编号、字段、旧值、新值、时间），最新的在前',
    input: z.object({
      entity: z.string().optional(),
      limit: z.number().int().min(1).max(10000).default(200),
    }),
    output: z.array(auditEntrySchema),
  }),

  ...recordMethods({ kind: 'licenses', title: '证照', fields: licenseFields, rules: licenseRules, stored: storedLicenseSchema, labels: LICENSE_LABELS }),
  ...recordMethods({ kind: 'people', title: '人员', fields: personFields, rules: personRules, stored: storedPersonSchema, labels: PERSON_LABELS }),
  ...recordMethods({ kind: 'incidents', title: '安全事件', fields: incidentFields, rules: incidentRules, stored: storedIncidentSchema, labels: INCIDENT_LABELS }),
  ...recordMethods({ kind: 'servers', title: '服务器', fields: serverFields, rules: serverRules, stored: storedServerSchema, labels: SERVER_LABELS }),

  'securityGroup.get': method({
    summary: '读取信息网络安全小组（尚未保存时为 null）',
    input: empty,
    output: storedSecurityGroupSchema.nullable(),
  }),
  'securityGroup.save': method({
    summary: '保存信息网络安全小组（第十条）；写入磁盘后才返回',
    input: securityGroupSchema,
    output: storedSecurityGroupSchema,
    labels: SECURITY_GROUP_LABELS,
  }),

  'attachments.add': method({
    summary:
      '添加扫描件（JPEG、PNG、WebP、TIFF、BMP，HEIC 视系统支持）：界面传文件内容（Base64），命令行可传文件路径；同一文件只存一份',
    input: z.union([
      z.object({ name: z.string().min(1).max(255), dataBase64: z.string() }), // empty = a 0-byte file, refused by name in the handler
      z.object({ path: z.string().min(1) }),
    ]),
    output: attachmentMetaSchema.extend({ duplicate: z.boolean() }),
    labels: { name: '文件名', dataBase64: '文件内容', path: '文件路径' },
  }),
  'attachments.get': method({
    summary: '读取扫描件：缩略图、预览图（已按 EXIF 方向旋转）或原件',
    input: z.object({ sha256: sha256Schema, variant: z.enum(['thumbnail', 'preview', 'original']).default('thumbnail') }),
    output: z.object({ meta: attachmentMetaSchema, mime: z.string(), dataBase64: z.string() }),
  }),
  'attachments.remove': method({
    summary: '删除一个没有任何记录使用的扫描件',
    input: z.object({ sha256: sha256Schema }),
    output: z.object({ removed: z.literal(true) }),
  }),

  'compliance.summary': method({
    summary: '合规概览：按条款列出本单位尚未满足的要求（绿/黄/红）和即将到期的事项',
    input: z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    output: complianceSummarySchema,
  }),

  // 值班表 (第十三条（二）: 专人二十四小时值班). Dates are China Standard Time days; times 'YYYY-MM-DD HH:mm' CST.
  'dutyRoster.get': method({
    summary: '读取值班表：设置、时段内的排班（已套用调班）、调班、覆盖检查（未覆盖时段、重复排班及提醒）和可撤销的修改',
    input: dateRangeSchema(MAX_VIEW_DAYS),
    output: dutyRosterViewSchema,
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.saveSettings': method({
    summary: '保存值班电话、班次、轮换和轮换开始日期（可撤销）；写入磁盘后才返回',
    input: dutyRosterSettingsSchema,
    output: storedDutyRosterSettingsSchema,
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.generate': method({
    summary: `按班次和轮换生成一段日期的排班（一次最多 ${MAX_GENERATE_DAYS} 天），替换其中原有的排班，调班保留（可撤销）`,
    input: dateRangeSchema(MAX_GENERATE_DAYS),
    output: z.object({ from: z.string(), to: z.string(), slots: z.number().int(), overridesKept: z.number().int() }),
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.addOverride': method({
    summary: '调班：swap 两个班次互换人员，replace 替班（换一位值班人员），leave 请假（当天的班次由他人顶替）（可撤销）',
    input: overrideInputSchema,
    output: storedOverrideSchema,
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.removeOverride': method({
    summary: '删除一条调班（可撤销）',
    input: z.object({ id: z.string().min(1).max(64) }),
    output: z.object({ removed: z.literal(true) }),
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.undo': method({
    summary: '撤销值班表最近的一次修改（保存设置、生成、调班、删除调班；可连续撤销多步）',
    input: empty,
    output: z.object({ undone: z.string(), remaining: z.number().int() }),
  }),
  'dutyRoster.check': method({
    summary: '覆盖检查：时段内每个未覆盖时段（精确到分钟）、重复排班、连续值班超过16小时、两班间隔不足8小时，并逐条给出文字',
    input: dateRangeSchema(MAX_VIEW_DAYS),
    output: z.object({ from: z.string(), to: z.string(), coverage: coverageResultSchema, lines: z.array(z.string()) }),
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.now': method({
    summary: '当前值班：此刻（或 at 指定的北京时间）的值班人员、班次、值到何时，下一次交接班，值班电话',
    input: z.object({ at: cstDateTimeSchema.optional() }),
    output: dutyNowSchema,
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.preview': method({
    summary: '预览：按尚未保存的值班设置（含轮班模式）生成所选月份的排班，套用已有调班，给出覆盖检查和工时统计；不写入任何内容',
    input: z.object({ month: rosterMonthSchema, settings: dutyRosterSettingsSchema }),
    output: dutyRosterViewSchema,
    labels: DUTY_ROSTER_LABELS,
  }),
  'dutyRoster.ics': method({
    summary: '导出日历（.ics，RFC 5545，北京时间 Asia/Shanghai）：一个月的值班表，或一位值班人员的班次（personId）；每个班次的 UID 固定，再次导入时更新而不重复',
    input: rosterIcsInputSchema,
    output: rosterIcsOutputSchema,
    labels: { ...DUTY_ROSTER_LABELS, personId: '值班人员' },
  }),
  'dutyRoster.importPreview': method({
    summary:
      '导入排班表第一步：读取一个月的排班表（.xlsx 或 .csv；日期向下、班次横排、单元格写姓名，或每行一个班次：日期、班次、值班人员），姓名对应人员，返回将记为替班的班次、未能导入的单元格及原因、导入后的整月排班；不写入任何内容。界面传文件内容（Base64）或“选择文件…”给出的句柄，命令行可传路径',
    input: rosterImportPreviewInputSchema,
    output: rosterImportPreviewSchema,
    labels: ROSTER_IMPORT_LABELS,
  }),
  'dutyRoster.importApply': method({
    summary: '导入排班表第二步：把预览中的班次记为替班，一次保存（撤销一次即全部撤回）；每项再次核对排班和人员',
    input: rosterImportApplyInputSchema,
    output: z.object({ added: z.number().int(), unchanged: z.number().int() }),
    labels: ROSTER_IMPORT_LABELS,
  }),

  // 值班记录 (第十三条（二）): who actually was on duty, the handover, what happened.
  ...recordMethods({ kind: 'dutyLog', title: '值班记录', fields: dutyLogFields, rules: dutyLogRules, stored: storedDutyLogSchema, labels: DUTY_LOG_LABELS }),

  // 导出备案材料 (shared/filing/api.ts)
  'filing.check': method(filingMethods['filing.check']),
  'filing.destinations': method(filingMethods['filing.destinations']),
  'filing.export': method(filingMethods['filing.export']),
  'filing.progress': method(filingMethods['filing.progress']),

  // 客户空间 (shared/api/customerSpaceMethods.ts)
  ...customerSpaceMethods,
  // 月度变更报告, 游戏日志封存 (shared/api/reportMethods.ts)
  ...reportMethods,
  ...logSealMethods,
  // 备份与迁移 (shared/api/backupMethods.ts)
  ...backupMethods,
  // 选择文件夹/文件 (shared/api/pickerMethods.ts)
  ...pickerMethods,

  // 设置 (shared/records/imageProfile.ts): kept in the workspace, so the CLI and the browser host see it too.
  'settings.get': method({
    summary: '读取设置：电子图片标准（长边上限、分辨率、文件大小上限、最低质量、水印）；未保存过时为默认值',
    input: empty,
    output: z.object({ imageProfile: imageProfileSchema }),
  }),
  'settings.save': method({
    summary: '保存设置（电子图片标准）；写入磁盘后才返回，修改记入变更记录',
    input: z.object({ imageProfile: imageProfileSchema }),
    output: z.object({ imageProfile: imageProfileSchema }),
    labels: { imageProfile: '电子图片标准' },
  }),

  // 机房 (shared/records/idcRoom.ts) and 值班制度 (shared/records/dutyPolicy.ts, 第十三条（二）)
  ...recordMethods({ kind: 'idcRooms', title: '机房', fields: idcRoomFields, rules: idcRoomRules, stored: storedIdcRoomSchema, labels: IDC_ROOM_LABELS }),
  'dutyPolicy.get': method({
    summary: '读取值班制度（第十三条（二）；尚未保存时为 null）',
    input: empty,
    output: storedDutyPolicySchema.nullable(),
  }),
  'dutyPolicy.save': method({
    summary: '保存值班制度（第十三条（二）：落实专人二十四小时值班制度，并将值班制度报公安机关）；写入磁盘后才返回',
    input: dutyPolicySchema,
    output: storedDutyPolicySchema,
    labels: DUTY_POLICY_LABELS,
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export { METHOD_NAMES } from './methodNames';

// The name list and the table must hold the same methods, in both directions.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchTable: Same<MethodName, MethodNameList> = true;
void namesMatchTable;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The client's view: one async function per method. `window.beian` has this type. */
export type BeianApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** What `window.beian` holds: one function per method, each answering with a CallResult envelope. */
export type BeianBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<CallResult<MethodOutput<M>>>;
};
