// 第十三条（五）: security events, accidents and cases are reported to the police. An 事故 or 案件 not reported
// is red; an 事件 not reported amber (not every event must be reported, but it should be decided).
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceIncident } from './input';

export function article13IncidentsRow(incidents: readonly ComplianceIncident[]): ComplianceRow {
  const findings: Finding[] = incidents
    .filter((i) => i.reportedAt === '')
    .map((i) => ({
      status: i.kind === '事件' ? 'warn' : 'error',
      text: `${i.occurredAt} ${i.kind}“${i.title}”：尚未报告公安机关`,
      short: `${i.kind}未报告公安机关`,
      recordId: i.id,
    }));
  const serious = findings.filter((f) => f.status === 'error').length;
  const problem = findings.length
    ? `${findings.length} 起尚未报告公安机关${serious ? `（其中事故、案件 ${serious} 起）` : ''}：请报告后填写报告公安机关时间和接报单位及人员`
    : undefined;
  return buildRow({ article: '第十三条（五）', topic: '安全事件、事故和案件上报制度', screen: 'incidents' }, findings, {
    ok: incidents.length ? `已登记 ${incidents.length} 起安全事件，均已报告公安机关` : '尚未登记安全事件',
    ...(problem ? { problem } : {}),
  });
}
