// 04 服务器登记表 (第八条: 联网三十日内备案; 第三条: 最终用户一并登记; 第五、六、七条 by purpose): every
// server with its 资产编号, addresses, 所在机房 (an IP outside the room's blocks marked, and told below), 用途, 上线日期, 备案期限 (上线日期 + 30 天) and where it stands on the
// day of generation, and its managers (第三条 end users with full ID, 签发国家/地区 and mobile). Landscape A4, so that codes, host names
// and addresses each stay on one line.
import { dueText } from '../../../shared/compliance/dueText';
import { filingDue } from '../../../shared/compliance/serverFiling';
import { CYBERSECURITY_LAW_LOG_ARTICLE, logRetentionFinding, retentionMonths } from '../../../shared/compliance/logRetention';
import { LOG_RETENTION_DEFAULT_MONTHS, SERVER_LABELS, type StoredServer } from '../../../shared/records/server';
import { CODE_BREAKS, drawSignatureBoxes, drawTable, type Column, type PdfLayout } from '../../pdf';
import { MISSING_PERSON } from '../../services/dutyRosterService';
import type { FilingRecords } from '../records';
import { policeIdText } from '../../../shared/identity/idDisplay';
import { serverRooms } from './serverRooms';
import { basis, generatedDay, newLayout, orDash, personById, section, serverRecordLabel, TextFields, type BuildOptions } from './common';

export const TITLE = '服务器登记表';

/** A 第三条 end user for the police: name, full ID with its type (and 签发国家/地区), mobile. */
function endUserText(m: Extract<StoredServer['managers'][number], { kind: 'endUser' }>): string {
  return `${m.name}（最终用户）\n${policeIdText(m)}${m.mobile ? `\n手机 ${m.mobile}` : ''}`;
}
export const FILE_NAME = '04_服务器登记表.pdf';

/** 已备案 and the date (two lines); not filed: 5 天后到期 / 今天到期 / 已逾期 3 天 — the words of the 服务器 screen and 概览. */
export function filingStateText(server: Pick<StoredServer, 'filedOn' | 'onlineDate'>, today: string): string {
  const due = filingDue(server, today);
  return due ? dueText(due.daysLeft) : `已备案\n${server.filedOn}`;
}

/**
 * Widths in points of landscape A4's 728.5 pt content width, at 8 pt with 3 pt padding: room for XM-DEMO-0001, a
 * six-character 所在机房,
 * mail02.idc-xiamen.example.cn, 192.168.100.200 or 2001:db8::1f, A01-01U, 网站/虚拟空间, 2025-03-02, 已逾期 100 天.
 */
const SERVER_COLUMNS: Column[] = [
  { title: '序号', width: 22, align: 'right' },
  { title: SERVER_LABELS.assetNo, width: 66 },
  { title: SERVER_LABELS.hostname, width: 122 },
  { title: SERVER_LABELS.ips, width: 96 },
  { title: SERVER_LABELS.roomId, width: 58 },
  { title: SERVER_LABELS.rack, width: 44 },
  { title: SERVER_LABELS.purposes, width: 58 },
  { title: SERVER_LABELS.onlineDate, width: 50 },
  { title: SERVER_LABELS.filingDeadline, width: 50 },
  { title: '备案状态', width: 56 },
  { title: SERVER_LABELS.managers, width: 106.5 },
];

const STATE_COLUMN = SERVER_COLUMNS.findIndex((c) => c.title === '备案状态');
const ROOM_COLUMN = SERVER_COLUMNS.findIndex((c) => c.title === SERVER_LABELS.roomId);

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE, 'landscape');
  const today = generatedDay(opts);
  const people = personById(records);
  doc.heading(TITLE);
  doc.paragraph(`${basis('第八条')}：在IDC机房架设服务器的单位，应当在服务器联网的三十天内依法办理相关备案手续。备案期限 = 上线日期 + 30 天；状态按生成日 ${today} 计算。`, {
    size: 10,
  });

  const servers = records.servers;
  const rooms = serverRooms(records);
  const pending = servers.map((s) => filingDue(s, today)).filter((d) => d !== null);
  const overdue = pending.filter((d) => d.daysLeft < 0).length;
  section(doc, '服务器清单', '第三条、第四条、第八条');
  doc.paragraph(
    `共 ${servers.length} 台：已备案 ${servers.length - pending.length} 台，未备案 ${pending.length} 台${overdue > 0 ? `（其中已逾期 ${overdue} 台）` : ''}。`,
    { size: 10 },
  );
  if (servers.length > 0)
    drawTable(doc, {
      columns: SERVER_COLUMNS,
      rows: servers.map((s, i) => [
        String(i + 1),
        s.assetNo,
        orDash(s.hostname),
        s.ips.join('\n') || '—',
        rooms.cell(s),
        orDash(s.rack),
        s.purposes.join('、'),
        s.onlineDate,
        s.filingDeadline,
        filingStateText(s, today),
        s.managers.length
          ? s.managers
              .map((m) => (m.kind === 'person' ? (people.get(m.personId)?.name ?? MISSING_PERSON) : endUserText(m)))
              .join('\n')
          : '—',
      ]),
      size: 8,
      padding: 3,
      breakAfter: CODE_BREAKS,
      // 第八条 past its deadline: a reminder, not a refusal, so the police see it at once.
      red: (row, column) =>
        (column === STATE_COLUMN && (filingDue(servers[row]!, today)?.daysLeft ?? 0) < 0) || (column === ROOM_COLUMN && rooms.flagged(servers[row]!)),
    });
  rooms.notes(doc);

  // Every server states how long it keeps its logs: listed one by one where it is not the default or where
  // DNS, e-mail and game servers add their measures; the others in one sentence.
  const special = servers.filter((s) => s.dnsMeasures.length || s.mailMeasures.length || s.gameLogStatement || retentionMonths(s) !== LOG_RETENTION_DEFAULT_MONTHS);
  if (servers.length > 0) {
    section(doc, '安全措施和日志留存', `第五条、第六条、第七条；${CYBERSECURITY_LAW_LOG_ARTICLE}`);
    const rest = servers.length - special.length;
    if (rest > 0)
      doc.paragraph(`${special.length > 0 ? '下表以外的' : '全部'} ${rest} 台服务器${SERVER_LABELS.logRetentionMonths}均为 ${LOG_RETENTION_DEFAULT_MONTHS} 个月（${CYBERSECURITY_LAW_LOG_ARTICLE}：不少于六个月）。`, { size: 10 });
  }
  if (special.length > 0) {
    drawTable(doc, {
      columns: [
        { title: SERVER_LABELS.assetNo, width: 80 },
        { title: '安全措施 / 日志留存', width: 648.5 },
      ],
      rows: special.map((s) => [
        s.assetNo,
        [
          `${SERVER_LABELS.logRetentionMonths}：${retentionMonths(s)} 个月${logRetentionFinding(s) ? '（少于六个月）' : ''}`,
          ...(s.dnsMeasures.length ? [`${SERVER_LABELS.dnsMeasures}（第五条）：${s.dnsMeasures.join('；')}`] : []),
          ...(s.mailMeasures.length ? [`${SERVER_LABELS.mailMeasures}（第六条）：${s.mailMeasures.join('；')}`] : []),
          ...(s.gameLogStatement ? [`${SERVER_LABELS.gameLogStatement}（第七条）：${s.gameLogStatement}`] : []),
        ].join('\n'),
      ]),
      size: 8.5,
      breakAfter: CODE_BREAKS,
    });
  }
  doc.space(6);
  drawSignatureBoxes(doc, [{ label: '填表人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  for (const s of records.servers) {
    const rec = serverRecordLabel(s.assetNo);
    out.add(rec, SERVER_LABELS.assetNo, s.assetNo);
    out.add(rec, SERVER_LABELS.hostname, s.hostname);
    out.add(rec, SERVER_LABELS.rack, s.rack);
    out.add(rec, SERVER_LABELS.gameLogStatement, s.gameLogStatement);
    s.managers.forEach((m, i) => {
      if (m.kind === 'endUser') {
        out.add(rec, `${SERVER_LABELS.managers} #${i + 1} 最终用户姓名`, m.name);
        out.add(rec, `${SERVER_LABELS.managers} #${i + 1} 证件号码`, m.idNumber);
      }
    });
  }
}
