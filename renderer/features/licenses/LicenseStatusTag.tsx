import { Tag } from 'antd';
import { licenseExpiry, licenseExpiryWindow, type StoredLicense } from '../../../shared/records/license';

/** 有效 / N 天后到期 (amber, within its kind's window: the rule 概览 uses) / 已过期 (red), as of `today`. */
export function LicenseStatusTag({ license, today }: { license: Pick<StoredLicense, 'kind' | 'longTerm' | 'validTo'>; today: string }) {
  const e = licenseExpiry(license, today);
  switch (e.state) {
    case 'longTerm':
      return <Tag color="success">有效</Tag>;
    case 'valid':
      return (
        <Tag color="success" title={`还有 ${e.daysLeft} 天到期`}>
          有效
        </Tag>
      );
    case 'expiring':
      return (
        <Tag color="warning" title={`${licenseExpiryWindow(license.kind)} 天内到期，请及时换证并更新扫描件`}>
          {e.daysLeft === 0 ? '今天到期' : `${e.daysLeft} 天后到期`}
        </Tag>
      );
    case 'expired':
      return (
        <Tag color="error" title={`已过期 ${e.daysAgo} 天`}>
          已过期
        </Tag>
      );
    default:
      return <Tag>未填有效期</Tag>;
  }
}
