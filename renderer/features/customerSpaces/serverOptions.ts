import { useEffect, useState } from 'react';
import { api } from '../../api/client';

export interface ServerOption {
  value: string;
  label: string;
}

/** 所在服务器 choices: every registered server as 资产编号 主机名, read when the editor opens. */
export function useServerOptions(): { options: ServerOption[]; failed: boolean } {
  const [options, setOptions] = useState<ServerOption[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api['servers.list']({})
      .then((servers) => {
        if (live) setOptions(servers.map((s) => ({ value: s.id, label: s.hostname ? `${s.assetNo} ${s.hostname}` : s.assetNo })));
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, []);
  return { options, failed };
}
