import { useEffect, useMemo, useState } from 'react';
import type { StoredServer } from '../../shared/records/server';
import { api } from '../api/client';

/** How a server is named in pickers and lists: 资产编号, with the 主机名 when there is one. */
export const serverName = (s: Pick<StoredServer, 'assetNo' | 'hostname'>): string => (s.hostname ? `${s.assetNo}（${s.hostname}）` : s.assetNo);

/** The servers, read each time the 安全事件 screen opens (servers are added on their own screen). */
export function useServers(): { servers: StoredServer[]; byId: ReadonlyMap<string, StoredServer>; error: boolean } {
  const [servers, setServers] = useState<StoredServer[]>([]);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    api['servers.list']({}).then(
      (list) => live && setServers(list),
      () => live && setError(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const byId = useMemo(() => new Map(servers.map((s) => [s.id, s])), [servers]);
  return { servers, byId, error };
}
