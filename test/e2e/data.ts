/**
 * Test data for the UI specs. The credit codes are computed with the GB 32100-2015 algorithm
 * (docs/ID-FORMATS.md), and their embedded organisation codes (positions 9–17) pass GB 11714:
 *   91350200 + 12345678 → org check 8 → 91350200123456788 → check X
 *   91350200 + 76543210 → org check 4 → 91350200765432104 → check K
 */
export const VALID_CREDIT_CODE = '91350200123456788X';
export const OTHER_VALID_CREDIT_CODE = '91350200765432104K';
/** A valid code typed in lower case: saved upper case. */
export const LOWER_CASE_CREDIT_CODE = OTHER_VALID_CREDIT_CODE.toLowerCase();
/** The last character changed: the check character should be X. */
export const WRONG_CHECK_CREDIT_CODE = '91350200123456788Y';
/** The letter O, which the code's alphabet never uses, at position 9. */
export const CREDIT_CODE_WITH_O = '91350200O23456788X';
export const SHORT_CREDIT_CODE = '9135020012345678';

export const UNIT = {
  name: '厦门示例网络科技有限公司',
  creditCode: VALID_CREDIT_CODE,
  roles: ['IDC机房服务单位', '服务器架设单位'],
  registeredAddress: '福建省厦门市思明区示例路1号',
  officeAddress: '福建省厦门市湖里区示例大厦8层',
  phone: '0592-5551234',
  email: 'beian@example.com',
} as const;

export const ALL_ROLES = ['IDC机房服务单位', '托管服务单位', '服务器架设单位', '域名注册服务单位'] as const;

/** The left menu, in order (docs/LABELS.md). */
export const MENU_ITEMS = [
  '概览',
  '单位信息',
  '证照',
  '人员',
  '信息网络安全小组',
  '值班表',
  '服务器',
  '机房',
  '客户空间',
  '安全事件',
  '游戏日志',
  '变更记录',
  '导出备案材料',
  '设置',
  '帮助',
] as const;
