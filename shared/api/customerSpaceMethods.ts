// The API of 客户空间 (shared/api/contract.ts spreads these in).
import { z } from 'zod';
import {
  CUSTOMER_SPACE_LABELS,
  REPORT_STATES,
  customerSpaceFields,
  customerSpaceRules,
  spaceCodePatternSchema,
  storedCustomerSpaceSchema,
} from '../records/customerSpace';
import { columnMappingSchema, importPreviewSchema, importProgressSchema, MAX_IMPORT_BYTES } from '../records/customerImport';
import { generatedFileSchema } from '../reports/monthlyReport';

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

/**
 * What the list shows: filter by 报送 state as of `today` (CST), search text over code, renter, ID number and
 * domains. 全部 and the 报送 states are the spaces in service; 已退租 the ended ones (kept in the register).
 */
export const SPACE_FILTERS = ['全部', '待报送', '已逾期', '已报送', '已退租'] as const;

export const spaceRowSchema = storedCustomerSpaceSchema.extend({
  /** Derived: 第十二条（三） status and deadline as of the search's `today`. */
  reportState: z.enum(REPORT_STATES),
  reportDeadline: z.string(),
  /** The server's 资产编号 (and 主机名), '' when none. */
  serverLabel: z.string(),
});
export type SpaceRow = z.infer<typeof spaceRowSchema>;

const saveInput = customerSpaceFields
  .extend({ id: id.optional() })
  .transform((v, ctx) => ({ ...customerSpaceRules(v, ctx), id: v.id }));

export const customerSpaceMethods = {
  'customerSpaces.search': {
    summary: '客户空间列表：按空间编号、租用者名称、证件号码或域名（中文或 Punycode）搜索，可按报送状态筛选；分页返回，附各状态的数量',
    input: z.object({
      query: z.string().max(200).default(''),
      filter: z.enum(SPACE_FILTERS).default('全部'),
      serverId: z.string().max(64).optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(100),
      today: day.optional(),
    }),
    output: z.object({
      total: z.number().int(),
      rows: z.array(spaceRowSchema),
      counts: z.object({ 全部: z.number().int(), 待报送: z.number().int(), 已逾期: z.number().int(), 已报送: z.number().int(), 已退租: z.number().int() }),
    }),
  },
  'customerSpaces.get': {
    summary: '读取一个客户空间',
    input: z.object({ id }),
    output: storedCustomerSpaceSchema,
  },
  'customerSpaces.save': {
    summary: '新增或修改客户空间（带 id 为修改；空间编号留空时按编号规则自动编号）；编号唯一且不复用，一个域名只能绑定一个空间；写入磁盘后才返回',
    input: saveInput,
    output: storedCustomerSpaceSchema,
    labels: CUSTOMER_SPACE_LABELS,
  },
  'customerSpaces.remove': {
    summary: '删除误录入的客户空间（其空间编号不再使用；删除仍记入变更记录和月度变更报告）。客户不再租用请用 customerSpaces.end（退租）',
    input: z.object({ id }),
    output: z.object({ removed: z.literal(true) }),
  },
  'customerSpaces.end': {
    summary: '退租：客户不再租用此空间，记下退租日期（不早于开通日期、不晚于今天）；空间留在登记表中（已退租），不再列入待报送，月度变更报告中列为退租',
    input: z.object({ id, endedOn: day }),
    output: storedCustomerSpaceSchema,
    labels: { endedOn: CUSTOMER_SPACE_LABELS.endedOn },
  },
  'customerSpaces.restore': {
    summary: '撤销退租：误点退租时把空间恢复为在用（清空退租日期）',
    input: z.object({ id }),
    output: storedCustomerSpaceSchema,
  },
  'customerSpaces.markReported': {
    summary:
      '登记报送公安机关：把所选空间（或全部待报送的空间）的报送日期设为 reportedOn；asOf（备案材料导出结果中的时间）只登记此后没有修改过的空间，即该备案材料中的那些',
    input: z.object({
      ids: z.array(id).max(200_000).optional(),
      allPending: z.boolean().default(false),
      reportedOn: day,
      asOf: z.iso.datetime().optional(),
    }),
    output: z.object({ updated: z.number().int() }),
    labels: { reportedOn: CUSTOMER_SPACE_LABELS.reportedOn },
  },
  'customerSpaces.getCodePattern': {
    summary: '空间编号规则及下一个编号',
    input: z.object({}).strict(),
    output: z.object({ pattern: z.string(), next: z.string() }),
  },
  'customerSpaces.saveCodePattern': {
    summary: '保存空间编号规则，例如 XM-IDC-{000000}（已用过的编号不会再分配）',
    input: z.object({ pattern: spaceCodePatternSchema }),
    output: z.object({ pattern: z.string(), next: z.string() }),
    labels: { pattern: '编号规则' },
  },
  'customerSpaces.exportXlsx': {
    summary: '导出客户空间登记表（.xlsx，全部空间）',
    input: z.object({}).strict(),
    output: generatedFileSchema.extend({ rows: z.number().int() }),
  },
  'customerSpaces.importPreview': {
    summary: `导入客户空间第一步：读取 .xlsx 或 .csv（UTF-8 或 GBK，最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB），返回表头、前几行和建议的列对应；界面传文件内容（Base64）或“选择文件…”给出的句柄，命令行可传路径`,
    input: z.union([
      z.object({ name: z.string().min(1).max(255), dataBase64: z.string() }),
      z.object({ path: z.string().min(1) }),
      z.object({ handle: z.string().min(1).max(200) }),
    ]),
    output: importPreviewSchema,
    labels: { name: '文件名', dataBase64: '文件内容', path: '文件路径', handle: '所选文件' },
  },
  'customerSpaces.importRun': {
    summary: '导入客户空间第二步：按列对应逐行校验，合格的行在一次保存中全部写入（dryRun 只校验不写入）；返回任务编号，用 customerSpaces.importProgress 查看进度',
    input: z.object({ importId: id, mapping: columnMappingSchema, dryRun: z.boolean().default(false) }),
    output: z.object({ jobId: z.string() }),
    labels: { mapping: '列对应', importId: '导入文件' },
  },
  'customerSpaces.importProgress': {
    summary: '导入进度：阶段（校验 / 写入 / 完成）、已处理行数、总行数；完成时附结果（导入数、被拒绝的行及原因）',
    input: z.object({ jobId: id }),
    output: importProgressSchema,
  },
  'customerSpaces.rejectedRows': {
    summary: '被拒绝的行（.xlsx）：原表的列加“错误原因”列，可改正后重新导入',
    input: z.object({ jobId: id }),
    output: generatedFileSchema.extend({ rows: z.number().int() }),
  },
} as const;
