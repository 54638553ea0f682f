import { z } from 'zod';
import { PERSON_ID_TYPE_LABELS, PERSON_ID_TYPES, validateIdentity } from '../identity';
import { validateHostname } from '../network/hostname';
import { validateIpAddress } from '../network/ip';
import { addDays, isoDate, optionalIsoDate } from './dates';
import { optionalText, requiredText, validatedString } from './fieldRules';
import { validateMobile } from '../identity/mobile';

/** 用途 (docs/LABELS.md); DNS, e-mail and game servers carry the extra duties of 第五、六、七条. */
export const SERVER_PURPOSES = ['网站/虚拟空间', '域名解析', '电子邮件', '游戏', '其他'] as const;
export type ServerPurpose = (typeof SERVER_PURPOSES)[number];

/** 第五条: security protection system and technical measures of a DNS server. */
export const DNS_MEASURES = [
  '已建立域名解析服务安全保护制度',
  '关闭开放递归查询或限制递归范围',
  '部署抗DDoS攻击防护措施',
  '解析日志记录并按日志留存期限留存',
  '及时更新软件版本和安全补丁',
  '管理接口访问控制与口令策略',
] as const;

/** 第六条: security technical measures of an e-mail server. */
export const MAIL_MEASURES = [
  'SMTP身份认证，禁止开放中继',
  '反垃圾邮件过滤',
  '邮件病毒查杀',
  '邮件收发日志记录并按日志留存期限留存',
  '用户实名登记',
  '及时更新软件版本和安全补丁',
] as const;

/**
 * Measures saved before the retention became a field of its own (their text hard-coded 六十日, which no law in
 * force sets): read as the measure that replaced them, so an old server keeps its ticks.
 */
const LEGACY_MEASURES: Readonly<Record<string, string>> = {
  解析日志记录并留存不少于六十日: '解析日志记录并按日志留存期限留存',
  邮件收发日志记录并留存不少于六十日: '邮件收发日志记录并按日志留存期限留存',
};
const upgradeMeasures = (measures: readonly string[]): string[] => [...new Set(measures.map((m) => LEGACY_MEASURES[m] ?? m))];

/** 《网络安全法》: network logs are kept at least six months; the default of 日志留存期限. */
export const LOG_RETENTION_DEFAULT_MONTHS = 6;
export const LOG_RETENTION_MAX_MONTHS = 120;

/** The filing deadline of 第八条: thirty days after the server goes online. */
export const FILING_DAYS = 30;
export const filingDeadline = (onlineDate: string) => addDays(onlineDate, FILING_DAYS);

export const SERVER_LABELS = {
  assetNo: '资产编号',
  hostname: '主机名',
  ips: 'IP地址',
  rack: '机柜位置',
  purposes: '用途',
  onlineDate: '上线日期',
  filedOn: '备案日期',
  filingDeadline: '备案期限',
  managers: '管理人员',
  dnsMeasures: '域名解析安全措施',
  mailMeasures: '电子邮件安全措施',
  gameLogStatement: '游戏日志留存说明',
  logRetentionMonths: '日志留存期限（月）',
  roomId: '所在机房',
} as const;

/** A manager of the server: one of 人员, or (第三条) an end user who manages the server's resources. */
export const serverManagerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: z.string().min(1, '请选择人员') }),
  z.object({
    kind: z.literal('endUser'),
    name: requiredText('最终用户姓名', 50),
    idType: z.enum(PERSON_ID_TYPE_LABELS, { error: '请选择证件类型' }),
    idNumber: requiredText('证件号码', 40),
    /** For passports: the issuing country (ISO 3166-1 alpha-3), printed in 04 as 签发国家/地区. */
    idCountry: z.string().trim().toUpperCase().max(3, '签发国家应为三个字母的国家代码').default(''),
    mobile: validatedString(validateMobile, { optional: true }).default(''),
  }),
]);
export type ServerManager = z.infer<typeof serverManagerSchema>;

export const serverFields = z.object({
  assetNo: requiredText(SERVER_LABELS.assetNo, 64),
  hostname: validatedString(validateHostname, { optional: true }).default(''),
  ips: z.array(validatedString(validateIpAddress)).max(64).default([]),
  rack: optionalText(SERVER_LABELS.rack, 64),
  purposes: z
    .array(z.enum(SERVER_PURPOSES, { error: `${SERVER_LABELS.purposes}只能是：${SERVER_PURPOSES.join('、')}` }))
    .min(1, `请选择至少一项${SERVER_LABELS.purposes}`)
    .transform((p) => SERVER_PURPOSES.filter((x) => p.includes(x))),
  onlineDate: isoDate(SERVER_LABELS.onlineDate),
  filedOn: optionalIsoDate(SERVER_LABELS.filedOn),
  managers: z.array(serverManagerSchema).max(50).default([]),
  dnsMeasures: z.array(z.enum(DNS_MEASURES)).default([]),
  mailMeasures: z.array(z.enum(MAIL_MEASURES)).default([]),
  gameLogStatement: optionalText(SERVER_LABELS.gameLogStatement, 2000),
  logRetentionMonths: z
    .number({ error: `请填写${SERVER_LABELS.logRetentionMonths}：1 到 ${LOG_RETENTION_MAX_MONTHS} 之间的整数` })
    .min(1, `${SERVER_LABELS.logRetentionMonths}至少 1 个月`)
    .max(LOG_RETENTION_MAX_MONTHS, `${SERVER_LABELS.logRetentionMonths}最多 ${LOG_RETENTION_MAX_MONTHS} 个月`)
    // a refinement, not .int(): the API reports a non-integer as a type error ("请填写…"), which would mislead
    .refine(Number.isInteger, `${SERVER_LABELS.logRetentionMonths}应为整数（月数）`)
    .default(LOG_RETENTION_DEFAULT_MONTHS),
  /** A 机房 record id; empty while no room is chosen. */
  roomId: z.string().max(64).default(''),
});

export function serverRules<T extends z.output<typeof serverFields>>(s: T, ctx: z.RefinementCtx): T {
  if (s.filedOn && s.filedOn < s.onlineDate) {
    ctx.addIssue({ code: 'custom', path: ['filedOn'], message: '备案日期不能早于上线日期' });
  }
  const managers = s.managers.map((given, i) => {
    let m = given;
    if (m.kind !== 'endUser') return m;
    if (m.idType !== '护照' && m.idCountry !== '') m = { ...m, idCountry: '' };
    const r = validateIdentity(PERSON_ID_TYPES[m.idType], m.idNumber, m.idCountry ? { country: m.idCountry } : {});
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', path: ['managers', i, 'idNumber'], message: `最终用户${m.idType}号码：${r.message}` });
      return m;
    }
    return { ...m, idNumber: r.value };
  });
  const seen = new Set<string>();
  s.ips.forEach((ip, i) => {
    if (seen.has(ip)) ctx.addIssue({ code: 'custom', path: ['ips', i], message: `IP地址重复：${ip}` });
    seen.add(ip);
  });
  return {
    ...s,
    managers,
    dnsMeasures: s.purposes.includes('域名解析') ? s.dnsMeasures : [],
    mailMeasures: s.purposes.includes('电子邮件') ? s.mailMeasures : [],
    gameLogStatement: s.purposes.includes('游戏') ? s.gameLogStatement : '',
  };
}

export const serverSchema = serverFields.transform(serverRules);
export type ServerInput = z.input<typeof serverFields>;
export type Server = z.output<typeof serverFields>;

export const storedServerSchema = z.object({
  id: z.string(),
  assetNo: z.string(),
  hostname: z.string(),
  ips: z.array(z.string()),
  rack: z.string(),
  purposes: z.array(z.enum(SERVER_PURPOSES)),
  onlineDate: z.string(),
  filedOn: z.string(),
  managers: z.array(
    z.union([
      z.object({ kind: z.literal('person'), personId: z.string() }),
      z.object({ kind: z.literal('endUser'), name: z.string(), idType: z.string(), idNumber: z.string(), idCountry: z.string().default(''), mobile: z.string() }),
    ]),
  ),
  dnsMeasures: z.array(z.string()),
  mailMeasures: z.array(z.string()),
  gameLogStatement: z.string(),
  /** Absent on servers saved before the field existed: they keep the default. */
  logRetentionMonths: z.number().int().default(LOG_RETENTION_DEFAULT_MONTHS),
  roomId: z.string().default(''),
  /** 上线日期 + 30 天 (第八条), derived. */
  filingDeadline: z.string(),
});
export type StoredServer = z.output<typeof storedServerSchema>;

/** A stored server as read back: measures saved under their old wording read as the new one. */
export function parseStoredServer(data: unknown): StoredServer {
  const s = storedServerSchema.parse(data);
  return { ...s, dnsMeasures: upgradeMeasures(s.dnsMeasures), mailMeasures: upgradeMeasures(s.mailMeasures) };
}
