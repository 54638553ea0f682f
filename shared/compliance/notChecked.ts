import type { ComplianceSummary } from './summary';
import type { Applicability, ComplianceInput } from './input';

/**
 * Articles that apply but are not checked: 第十三条（四） (制度和技术措施, not kept as data), and 第四条、第十二条、
 * 第十三条（三）（五） when the caller did not read the customer spaces, the reported months or the incidents.
 * They are listed as not checked, never given a status the data cannot support.
 */
export function notCheckedArticles(a: Applicability, input: Pick<ComplianceInput, 'customerSpaces' | 'incidents' | 'monthlyReport'> = {}): ComplianceSummary['notChecked'] {
  const list: ComplianceSummary['notChecked'] = [];
  const spaces = input.customerSpaces === undefined;
  if (a.runsServers && spaces) list.push({ article: '第四条', topic: '客户空间统一编号，保存空间租用者和绑定域名租用者的真实信息', screen: 'customerSpaces' });
  if ((a.runsServers || a.registrar) && spaces) {
    list.push({ article: '第十二条', topic: '客户真实身份信息三十日内提交，变更三十日内更新', screen: 'customerSpaces' });
  }
  if (a.idcRoom) {
    if (input.monthlyReport === undefined) list.push({ article: '第十三条（三）', topic: '每月二十日前报送有变更的备案资料', screen: 'changes' });
    list.push({ article: '第十三条（四）', topic: '信息网络安全审检制度、安全管理制度和技术措施', screen: 'securityGroup' });
    if (input.incidents === undefined) list.push({ article: '第十三条（五）', topic: '安全事件、事故和案件上报制度', screen: 'incidents' });
  }
  return list;
}
