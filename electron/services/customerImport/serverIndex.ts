// 所在服务器 cells name a server by 资产编号, 主机名 or IP; the import resolves them to 服务器 records.
import type { Database } from 'sql.js';
import { all } from '../../storage/rows';

export type ServerIndex = Map<string, string>;

const key = (text: string) => text.trim().toLowerCase().replace(/\.$/, '');

export function loadServerIndex(db: Database): ServerIndex {
  const rows = all<{ id: string; assetNo: string | null; hostname: string | null; ips: string | null }>(
    db,
    "SELECT id, json_extract(data, '$.assetNo') AS assetNo, json_extract(data, '$.hostname') AS hostname, json_extract(data, '$.ips') AS ips FROM record WHERE kind = 'server'",
  );
  const index: ServerIndex = new Map();
  const add = (k: string | null | undefined, id: string) => {
    if (k && !index.has(key(k))) index.set(key(k), id);
  };
  // 资产编号 first: it wins when another server's host name happens to read the same.
  for (const r of rows) add(r.assetNo, r.id);
  for (const r of rows) add(r.hostname, r.id);
  for (const r of rows) for (const ip of r.ips ? (JSON.parse(r.ips) as string[]) : []) add(ip, r.id);
  return index;
}

/**
 * The server a cell names; 'XM-0001 / web1.example.com' (资产编号 / 主机名, as 05 客户空间登记表.xlsx writes it) is
 * found by either part, when both parts that name a server name the same one.
 */
export function findServer(index: ServerIndex, text: string): string | undefined {
  const whole = index.get(key(text));
  if (whole || !text.includes(' / ')) return whole;
  const found = new Set(text.split(' / ').map((part) => index.get(key(part))).filter((id): id is string => id !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}
