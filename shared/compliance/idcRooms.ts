import { ipInCidr, parseCidr, type Cidr } from '../network/cidr';
import type { StoredIdcRoom } from '../records/idcRoom';
import type { ComplianceServer } from './input';
import { buildRow, type Finding } from './finding';
import type { ComplianceRow } from './summary';

/**
 * The article the 机房 row stands under for every unit: the rooms, their upstream provider and IP地址段 are the
 * network the unit connects, which 公安部令第33号 第十二条 has filed with the police within thirty days of going live
 * (the regulation's 第二条 asks an IDC room provider to file, but says nothing of rooms; 第八条 is about servers).
 */
export const IDC_ROOM_ARTICLE = '《计算机信息网络国际联网安全保护管理办法》第十二条';
export const IDC_ROOM_BASIS = `${IDC_ROOM_ARTICLE}：使用计算机信息网络国际联网的法人和其他组织，自网络正式联通之日起三十日内办理备案手续`;

/**
 * 机房: the rooms the servers stand in, as the police ask for them with the filing (机房名称、地址、接入服务商、
 * IP地址段). Reminders only: a unit without a room yet, a room without IP地址段, a server without a room, and a
 * server IP outside every declared block of its room (a typo, or a block not declared yet).
 */
export function idcRoomFindings(rooms: readonly StoredIdcRoom[], servers: readonly ComplianceServer[]): Finding[] {
  const findings: Finding[] = [];
  if (rooms.length === 0) {
    findings.push({ status: 'warn', text: '尚未登记机房：请在“机房”中登记机房名称、地址、接入服务商和IP地址段' });
    return findings;
  }
  const blocks = new Map<string, Cidr[]>();
  for (const room of rooms) {
    blocks.set(room.id, room.ipBlocks.map((b) => parseCidr(b)).filter((b): b is Cidr => b !== null));
    if (room.ipBlocks.length === 0) findings.push({ status: 'warn', text: `机房“${room.name}”尚未填写IP地址段`, short: '机房未填写IP地址段', recordId: room.id });
    if (room.upstream === '') findings.push({ status: 'warn', text: `机房“${room.name}”尚未填写接入服务商`, short: '机房未填写接入服务商', recordId: room.id });
  }
  for (const s of servers) {
    const own = s.roomId ? blocks.get(s.roomId) : undefined;
    if (!own) {
      findings.push({ status: 'warn', text: `服务器 ${s.assetNo} 尚未选择所在机房`, short: '服务器未选择所在机房', recordId: s.id });
      continue;
    }
    if (own.length === 0) continue;
    const outside = s.ips.filter((ip) => !own.some((b) => ipInCidr(ip, b)));
    if (outside.length > 0) {
      const room = rooms.find((r) => r.id === s.roomId)!;
      findings.push({
        status: 'warn',
        text: `服务器 ${s.assetNo} 的IP地址 ${outside.join('、')} 不在机房“${room.name}”登记的IP地址段内：请核对IP地址，或在机房中补登地址段`,
        short: '服务器IP不在所在机房的IP地址段内',
        recordId: s.id,
      });
    }
  }
  return findings;
}

export function idcRoomsRow(rooms: readonly StoredIdcRoom[], servers: readonly ComplianceServer[]): ComplianceRow {
  return buildRow({ article: IDC_ROOM_ARTICLE, topic: '机房及其IP地址段', screen: 'idcRooms' }, idcRoomFindings(rooms, servers), {
    ok: `已登记 ${rooms.length} 个机房，服务器均已选择所在机房，IP地址均在登记的地址段内`,
  });
}
