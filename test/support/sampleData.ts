/**
 * Clearly fictional sample data with valid check characters, computed from the GB 32100-2015 and
 * GB 11714 algorithms in docs/ID-FORMATS.md (the identity tests verify the algorithm itself).
 */
export const VALID_USCC = '91350200MA2Y8K3L0G';
export const VALID_USCC_2 = '91350206MA31ABCD04';
/** VALID_USCC with its check character changed. */
export const USCC_BAD_CHECK = '91350200MA2Y8K3L0H';

export const SAMPLE_UNIT = {
  name: '厦门示例数据科技有限公司',
  creditCode: VALID_USCC,
  roles: ['IDC机房服务单位', '服务器架设单位'],
  registeredAddress: '厦门市思明区示例路1号',
  officeAddress: '厦门市湖里区演示大道88号',
  phone: '0592-5551234',
  email: 'beian@example.com',
};
