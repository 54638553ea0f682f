// 04's 所在机房 column: each server's room by name; a server with no room, or with an IP outside its room's
// IP地址段, is marked in red in the cell and told in full below the table, in the words of 概览's 机房 row.
import { IDC_ROOM_ARTICLE, idcRoomFindings } from '../../../shared/compliance/idcRooms';
import type { Finding } from '../../../shared/compliance/finding';
import { SERVER_LABELS, type StoredServer } from '../../../shared/records/server';
import type { PdfLayout } from '../../pdf';
import type { FilingRecords } from '../records';
import { section } from './common';

/** Two short lines: the 所在机房 column is narrow. */
export const OUTSIDE_MARK = '※IP不在\n地址段内';
export const NO_ROOM = '未选择';

export function serverRooms(records: FilingRecords) {
  const names = new Map(records.idcRooms.map((r) => [r.id, r.name]));
  const findings = idcRoomFindings(records.idcRooms, records.servers);
  const byServer = new Map<string, Finding>();
  for (const f of findings) if (f.recordId) byServer.set(f.recordId, f);
  const outside = (s: StoredServer) => !!byServer.get(s.id) && names.has(s.roomId);
  return {
    cell: (s: StoredServer) => {
      const name = names.get(s.roomId);
      if (!name) return NO_ROOM;
      return outside(s) ? `${name}\n${OUTSIDE_MARK}` : name;
    },
    flagged: (s: StoredServer) => !names.has(s.roomId) || outside(s),
    /** The reminders for the marked servers, one line each (none when every server is in a block of its room). */
    notes: (doc: PdfLayout) => {
      if (records.servers.length === 0) return;
      const outsideLines = records.servers.filter(outside).map((s) => byServer.get(s.id)!.text);
      const noRoom = records.servers.filter((s) => !names.has(s.roomId));
      const lines = [
        ...findings.filter((f) => !f.recordId).map((f) => f.text),
        ...(noRoom.length ? [`${noRoom.length} 台服务器尚未选择所在机房（表中“${SERVER_LABELS.roomId}”为“${NO_ROOM}”）`] : []),
        ...outsideLines,
      ];
      if (lines.length === 0) return;
      section(doc, '所在机房核对（提醒）');
      doc.paragraph(`依据${IDC_ROOM_ARTICLE}：机房及其IP地址段随备案报送，服务器的IP地址应在所在机房登记的地址段内。`, { size: 9, after: 4, withNext: true });
      for (const line of lines) doc.paragraph(`· ${line}`, { size: 9, indent: 12, after: 2 });
    },
  };
}
