// 列对应 guessed from the header texts billing systems use.
import type { ColumnMapping, ImportField } from '../../../shared/records/customerImport';

/** Header texts per field, most specific first; compared after removing spaces, brackets and '*'. */
const SYNONYMS: [ImportField, string[]][] = [
  ['holderIdType', ['持有者证件类型', '域名持有者证件类型', '持有人证件类型']],
  ['holderIdNumber', ['持有者证件号码', '域名持有者证件号码', '持有人证件号码', '持有者证件号', '持有人身份证号']],
  ['holderName', ['域名持有者', '持有者', '持有者名称', '持有者姓名', '域名持有人', '持有人', '域名所有者']],
  ['responsibleIdType', ['负责人证件类型', '法人证件类型']],
  ['responsibleIdNumber', ['负责人证件号码', '负责人身份证号', '负责人身份证号码', '负责人证件号', '法人身份证号', '法定代表人身份证号']],
  ['responsibleName', ['单位负责人', '负责人', '负责人姓名', '法人', '法定代表人', '法人代表']],
  ['spaceCode', ['空间编号', '空间ID', '空间id', '编号', '空间代码', '客户空间编号']],
  ['server', ['所在服务器', '服务器', '主机', 'IP', 'ip', 'IP地址', '服务器IP', '主机名', '资产编号', '服务器编号']],
  ['renterKind', ['租用者类型', '客户类型', '用户类型', '租用者性质', '类型']],
  ['renterName', ['租用者名称', '客户名称', '租用者', '单位名称', '姓名', '客户', '用户名称', '名称', '公司名称']],
  ['renterIdType', ['证件类型', '租用者证件类型', '客户证件类型']],
  ['renterIdNumber', ['证件号码', '身份证号', '身份证号码', '统一社会信用代码', '信用代码', '证件号', '租用者证件号码', '客户证件号码']],
  ['renterPhone', ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式']],
  ['icpNumber', ['ICP备案号', 'ICP备案', 'ICP许可证号', '网站备案号', '备案号']],
  ['psbNumber', ['公安联网备案号', '公安备案号', '公网安备案号', '公网安备', '公安部备案号']],
  ['domains', ['绑定域名', '域名', '网站域名']],
  ['openedOn', ['开通日期', '开通时间', '开户日期', '开始日期', '开通']],
  ['reportedOn', ['报送日期', '报送时间', '报备日期']],
  ['endedOn', ['退租日期', '退租时间', '停租日期', '退租']],
  ['note', ['备注', '说明']],
];

/** Too general to match inside a longer header (类型 would catch 证件类型). */
const EXACT_ONLY = new Set(['类型', '名称', '客户', '编号', '开通', 'ip', '持有者', '持有人', '法人']);

const clean = (h: string) => h.replace(/[\s*（）()：:]/g, '').toLowerCase();

export function guessMapping(headers: string[]): ColumnMapping {
  const cleaned = headers.map(clean);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  const claim = (field: ImportField, col: number) => {
    mapping[field] = col;
    taken.add(col);
  };
  // Exact header texts first, then headers that contain a synonym (e.g. 客户证件号码（18位）).
  for (const [field, words] of SYNONYMS) {
    const col = words.map((w) => cleaned.findIndex((h, i) => !taken.has(i) && h === clean(w))).find((i) => i >= 0);
    if (col !== undefined) claim(field, col);
  }
  for (const [field, words] of SYNONYMS) {
    if (mapping[field] !== undefined) continue;
    const col = words
      .filter((w) => !EXACT_ONLY.has(clean(w)))
      .map((w) => cleaned.findIndex((h, i) => !taken.has(i) && h.includes(clean(w))))
      .find((i) => i >= 0);
    if (col !== undefined) claim(field, col);
  }
  return mapping;
}
