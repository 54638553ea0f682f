// 01's 机房 section: every room the unit declared (名称, 地址, 运营单位, 接入服务商, 出口带宽, IP地址段, 联系人 and
// phone, how many servers stand in it), then what the 机房 check of 概览 finds, in its own words.
import { IDC_ROOM_BASIS, idcRoomFindings } from '../../../shared/compliance/idcRooms';
import { IDC_ROOM_LABELS, roomOperator } from '../../../shared/records/idcRoom';
import type { FilingRecords } from '../records';
import { orDash, REGULATION, type Blocks } from './common';

export function idcRoomSection(out: Blocks, records: FilingRecords, heading: string): void {
  out.section(heading);
  const idc = records.unit?.roles.includes('IDC机房服务单位') ?? false;
  out.paragraph(`依据${IDC_ROOM_BASIS}${idc ? `；${REGULATION}第二条：提供IDC机房服务的单位依法提交备案资料` : ''}。`, { size: 9, after: 6, withNext: true });
  const rooms = records.idcRooms;
  const unitName = records.unit?.name.trim() ?? '';
  rooms.forEach((room, i) => {
    const servers = records.servers.filter((s) => s.roomId === room.id).length;
    out.table({
      columns: [
        { title: `机房 ${i + 1}`, width: 2 },
        { title: '内容', width: 6 },
      ],
      rows: [
        [IDC_ROOM_LABELS.name, room.name],
        [IDC_ROOM_LABELS.address, room.address],
        [IDC_ROOM_LABELS.operator, roomOperator(room, unitName)],
        [IDC_ROOM_LABELS.upstream, orDash(room.upstream)],
        [IDC_ROOM_LABELS.bandwidth, orDash(room.bandwidth)],
        [IDC_ROOM_LABELS.ipBlocks, room.ipBlocks.length ? room.ipBlocks.join('\n') : '—'],
        [IDC_ROOM_LABELS.contactName, orDash(room.contactName)],
        [IDC_ROOM_LABELS.contactPhone, orDash(room.contactPhone)],
        ['所在服务器', `${servers} 台`],
      ],
      size: 10,
    });
  });
  // The room-level findings one by one; the per-server ones counted (04 names each server).
  const findings = idcRoomFindings(rooms, records.servers);
  const perServer = new Map<string, number>();
  for (const f of findings) {
    if (f.recordId && records.servers.some((s) => s.id === f.recordId)) perServer.set(f.short ?? f.text, (perServer.get(f.short ?? f.text) ?? 0) + 1);
    else out.paragraph(`注意：${f.text}。`, { size: 10 });
  }
  for (const [what, n] of perServer) out.paragraph(`注意：${what}（${n} 台，明细见《服务器登记表》）。`, { size: 10 });
}
