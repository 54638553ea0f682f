import type { Database } from 'sql.js';
import { each, first } from './statements';

/** 所在服务器 as people know it: 资产编号 / 主机名 (just the 资产编号 without a 主机名). */
function label(assetNo: unknown, hostname: unknown): string {
  const a = String(assetNo ?? '');
  const h = String(hostname ?? '');
  return h === '' ? a : `${a} / ${h}`;
}

const ONE = "SELECT json_extract(data, '$.assetNo'), json_extract(data, '$.hostname') FROM record WHERE kind = 'server' AND id = ?";
const ALL = "SELECT id, json_extract(data, '$.assetNo'), json_extract(data, '$.hostname') FROM record WHERE kind = 'server'";

/** The label of one server; '' when serverId is empty or the server is gone. */
export function serverLabel(db: Database, serverId: string): string {
  if (serverId === '') return '';
  const row = first(db, ONE, [serverId]);
  return row ? label(row[0], row[1]) : '';
}

/** Every server's label by id. */
export function serverLabels(db: Database): Map<string, string> {
  const labels = new Map<string, string>();
  each(db, ALL, [], (row) => labels.set(String(row[0]), label(row[1], row[2])));
  return labels;
}
