// 01's 网络安全负责人 and 24小时应急联系人: who holds each role, with 手机号码 and 职务, on the legal basis the
// 概览 row cites; a role nobody holds, or a holder without a mobile, printed as the check words it.
import { securityContactFindings, SECURITY_CONTACT_ROLES, SECURITY_OFFICER_SOURCE } from '../../../shared/compliance/securityContacts';
import { PERSON_LABELS } from '../../../shared/records/person';
import type { FilingRecords } from '../records';
import { REGULATION, type Blocks } from './common';

export function securityContactSection(out: Blocks, records: FilingRecords, heading: string): void {
  out.section(heading);
  out.paragraph(`依据${SECURITY_OFFICER_SOURCE}；${REGULATION}第十三条（二）、（五）：专人二十四小时值班，安全事件、事故和案件及时上报。`, { size: 9, after: 6, withNext: true });
  const rows = SECURITY_CONTACT_ROLES.flatMap(({ role }) =>
    records.people.filter((p) => p.roles.includes(role)).map((p) => [role, p.name, p.mobile || '未填写', p.title || '—']),
  );
  if (rows.length > 0)
    out.table({
      columns: [
        { title: '角色', width: 3 },
        { title: PERSON_LABELS.name, width: 2.5 },
        { title: PERSON_LABELS.mobile, width: 3 },
        { title: PERSON_LABELS.title, width: 2.5 },
      ],
      rows,
      size: 10,
    });
  for (const f of securityContactFindings(records.people)) out.paragraph(`注意：${f.recordId ? f.text : (f.short ?? f.text)}。`, { size: 10 });
}
