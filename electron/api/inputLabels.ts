import { DOMAIN_LABELS } from '../../shared/records/customerSpace';
import { IMAGE_PROFILE_LABELS } from '../../shared/records/imageProfile';

/**
 * Labels for input fields a method's own `labels` leave out (parameters rather than form fields, and the
 * fields of list items), so a refusal never names a field by its code name.
 */
export const COMMON_INPUT_LABELS: Readonly<Record<string, string>> = {
  type: '证件类型',
  value: '证件号码或代码',
  file: '备份文件',
  entity: '对象',
  limit: '条数',
  offset: '起始位置',
  id: '编号',
  ids: '空间',
  sha256: '扫描件',
  variant: '图片类型',
  today: '日期',
  query: '搜索内容',
  filter: '筛选',
  serverId: '所在服务器',
  allPending: '全部待报送的空间',
  asOf: '报送日期',
  dryRun: '只检查不导入',
  jobId: '任务',
  via: '报送方式',
  pick: '选择方式',
  kind: '类型',
  personId: '人员',
  name: '名称',
  idType: '证件类型',
  idNumber: '证件号码',
  mobile: '手机号码',
  date: '日期',
  topic: '培训内容',
  attendeeIds: '参加人员',
  enabled: IMAGE_PROFILE_LABELS.watermarkEnabled,
  text: IMAGE_PROFILE_LABELS.watermarkText,
  longEdge: IMAGE_PROFILE_LABELS.longEdge,
  dpi: IMAGE_PROFILE_LABELS.dpi,
  maxBytes: IMAGE_PROFILE_LABELS.maxBytes,
  minQuality: IMAGE_PROFILE_LABELS.minQuality,
  watermark: IMAGE_PROFILE_LABELS.watermark,
  ...DOMAIN_LABELS,
};

/** "管理人员第1项的证件号码": the method's labels first, then the common ones; a segment without a label is left out. */
export function fieldLabel(path: readonly PropertyKey[], labels: Readonly<Record<string, string>>): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      text += `第${segment + 1}项`;
      continue;
    }
    const key = String(segment);
    const own = Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : undefined;
    const common = Object.prototype.hasOwnProperty.call(COMMON_INPUT_LABELS, key) ? COMMON_INPUT_LABELS[key] : undefined;
    const label = own ?? common;
    if (label) text += text ? `的${label}` : label;
  }
  return text;
}
