// 02 信息网络安全小组成员名单 (第十条; 第十三条（一）): how the unit meets 第十条, the 组长, every member with
// 组内职责, 职务, 证件类型 and full 证件号码 (with a passport's 签发国家/地区) and phone, the 安全保护制度 and the 培训记录; 组长签字 / 单位盖章.
import { GROUP_MODE_LABELS, SECURITY_GROUP_LABELS } from '../../../shared/records/securityGroup';
import { drawSignatureBoxes, drawTable, type PdfLayout } from '../../pdf';
import { MISSING_PERSON } from '../../services/dutyRosterService';
import type { FilingRecords } from '../records';
import { policeIdText } from '../../../shared/identity/idDisplay';
import { basis, newLayout, orDash, personById, section, TextFields, type BuildOptions } from './common';

export const TITLE = '信息网络安全小组成员名单';
export const FILE_NAME = '02_信息网络安全小组成员名单.pdf';

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE);
  const group = records.securityGroup;
  const people = personById(records);
  doc.heading(TITLE);
  doc.paragraph(
    `${basis('第十条')}：架设服务器超过二十台的单位应当成立“信息网络安全小组”，由单位法人代表（或主要负责人）、网络管理人员、安全员等组成，建立安全保护制度，采取安全技术措施。`,
    { size: 10 },
  );

  section(doc, '一、小组概况', '第十条；第十三条（一）');
  const leader = group?.leaderId ? people.get(group.leaderId) : undefined;
  drawTable(doc, {
    columns: [
      { title: '项目', width: 2 },
      { title: '内容', width: 6 },
    ],
    rows: [
      [SECURITY_GROUP_LABELS.mode, group ? GROUP_MODE_LABELS[group.mode] : '尚未登记'],
      ...(group?.mode === 'idc' ? [[SECURITY_GROUP_LABELS.idcRoomName, orDash(group.idcRoomName)]] : []),
      [SECURITY_GROUP_LABELS.establishedOn, orDash(group?.establishedOn)],
      [SECURITY_GROUP_LABELS.leaderId, group?.leaderId ? (leader?.name ?? MISSING_PERSON) : '—'],
      ['服务器数量', `${records.servers.length} 台`],
    ],
    size: 10,
  });

  section(doc, '二、成员名单', '第十条第二款：法人代表（或主要负责人）、网络管理人员、安全员');
  const members = group?.members ?? [];
  if (members.length === 0) doc.paragraph('尚未登记小组成员。', { size: 10 });
  else
    drawTable(doc, {
      columns: [
        { title: '序号', width: 1, align: 'right' },
        { title: SECURITY_GROUP_LABELS.memberName, width: 2.5 },
        { title: SECURITY_GROUP_LABELS.duty, width: 2 },
        { title: '单位职务', width: 2.5 },
        { title: '证件类型、号码', width: 5.5 },
        { title: SECURITY_GROUP_LABELS.phone, width: 3 },
      ],
      rows: members.map((m, i) => {
        const p = people.get(m.personId);
        return [String(i + 1), p?.name ?? MISSING_PERSON, m.duty, orDash(p?.title), p ? policeIdText(p) : '—', orDash(m.phone || p?.mobile)];
      }),
    });

  section(doc, `三、${SECURITY_GROUP_LABELS.protectionPolicy}`, '第十条；第十三条（四）');
  doc.paragraph(group?.protectionPolicy.trim() ? group.protectionPolicy : '尚未填写安全保护制度。', { size: 10 });

  section(doc, `四、${SECURITY_GROUP_LABELS.trainings}`, '第十条第二款：安全员应当加强相关法律法规和网络安全知识的学习');
  const trainings = [...(group?.trainings ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (trainings.length === 0) doc.paragraph('尚无培训记录。', { size: 10 });
  else
    drawTable(doc, {
      columns: [
        { title: SECURITY_GROUP_LABELS.trainingDate, width: 2 },
        { title: SECURITY_GROUP_LABELS.trainingTopic, width: 6 },
        { title: SECURITY_GROUP_LABELS.attendees, width: 4 },
      ],
      rows: trainings.map((t) => [t.date, t.topic, t.attendeeIds.length ? t.attendeeIds.map((id) => people.get(id)?.name ?? MISSING_PERSON).join('、') : '—']),
    });

  doc.space(6);
  drawSignatureBoxes(doc, [{ label: '组长（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  const g = records.securityGroup;
  if (!g) return;
  out.add('信息网络安全小组', SECURITY_GROUP_LABELS.idcRoomName, g.idcRoomName);
  out.add('信息网络安全小组', SECURITY_GROUP_LABELS.protectionPolicy, g.protectionPolicy);
  g.members.forEach((m, i) => out.add('信息网络安全小组', `成员 #${i + 1} ${SECURITY_GROUP_LABELS.phone}`, m.phone));
  g.trainings.forEach((t, i) => out.add('信息网络安全小组', `培训记录 #${i + 1} ${SECURITY_GROUP_LABELS.trainingTopic}`, t.topic));
}
