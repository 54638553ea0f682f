import { domainToUnicode } from '../network/domain';
import { buildRow, type Finding } from './finding';
import type { ComplianceRow } from './summary';

/** A bound domain of a customer space without ICP备案号 and without 公安联网备案号 (read with the space's code only). */
export interface ComplianceUnfiledDomain {
  spaceId: string;
  spaceCode: string;
  domain: string;
}

/**
 * 第四条 with 《互联网信息服务管理办法》 and 公安部令第33号 第十二条: a website on a hosted space carries an ICP备案号
 * and a 公安联网备案号. A bound domain with neither is a reminder (a domain used for mail only may have none).
 */
export function domainFilingsRow(unfiled: readonly ComplianceUnfiledDomain[], total: number, unfiledCount = unfiled.length): ComplianceRow {
  const findings: Finding[] = unfiled.map((d) => ({
    status: 'warn',
    text: `空间编号 ${d.spaceCode} 的绑定域名 ${domainToUnicode(d.domain)} 既无ICP备案号也无公安联网备案号：请核对并填写`,
    short: '绑定域名缺少ICP备案号和公安联网备案号',
    recordId: d.spaceId,
  }));
  return buildRow({ article: '第四条', topic: '绑定域名的ICP备案号和公安联网备案号', screen: 'customerSpaces' }, findings, {
    ok: total === 0 ? '尚无绑定域名' : `${total} 个绑定域名均已填写ICP备案号或公安联网备案号`,
    ...(findings.length > 0 ? { problem: `${unfiledCount} 个绑定域名既无ICP备案号也无公安联网备案号` } : {}),
  });
}
