import type { ServerPurpose, StoredServer } from '../../../shared/records/server';
import { filingState, matchesStatus, type FilingState, type StatusFilter } from './filingState';
import { missingMeasures, type MissingMeasure } from './measures';

/** A server with what the list shows and searches, computed once per loaded list (and per day). */
export interface ServerRow {
  server: StoredServer;
  state: FilingState;
  missing: MissingMeasure[];
  /** 资产编号, 主机名, IP地址 and 机柜位置 in lower case, for the search box. */
  haystack: string;
}

export interface ServerFilter {
  query: string;
  purpose: ServerPurpose | 'all';
  status: StatusFilter;
}

export const NO_FILTER: ServerFilter = { query: '', purpose: 'all', status: 'all' };

export function toRows(servers: readonly StoredServer[], today: string): ServerRow[] {
  return servers.map((server) => ({
    server,
    state: filingState(server, today),
    missing: missingMeasures(server),
    haystack: [server.assetNo, server.hostname, ...server.ips, server.rack].join('\n').toLowerCase(),
  }));
}

/** Every word of the query must appear (in any of the searched fields). */
export function filterRows(rows: readonly ServerRow[], f: ServerFilter): ServerRow[] {
  const words = f.query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && f.purpose === 'all' && f.status === 'all') return rows as ServerRow[];
  return rows.filter(
    (r) =>
      (f.purpose === 'all' || r.server.purposes.includes(f.purpose)) &&
      matchesStatus(r.state, f.status) &&
      words.every((w) => r.haystack.includes(w)),
  );
}
