import { useState } from 'react';

const storageKey = (tableId: string) => `beian.columns.${tableId}`;

function remembered(tableId: string): string[] | null {
  try {
    const raw = window.localStorage.getItem(storageKey(tableId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) && parsed.every((k) => typeof k === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** Which of a table's columns are hidden: the user's choice (kept in this browser profile), or the defaults. */
export function useHiddenColumns(tableId: string, columns: readonly { key: string; hiddenByDefault?: boolean }[]): [Set<string>, (key: string, hide: boolean) => void] {
  const [hidden, setHiddenState] = useState(() => new Set(remembered(tableId) ?? columns.filter((c) => c.hiddenByDefault).map((c) => c.key)));
  const setHidden = (key: string, hide: boolean) => {
    const next = new Set(hidden);
    if (hide) next.add(key);
    else next.delete(key);
    setHiddenState(next);
    try {
      window.localStorage.setItem(storageKey(tableId), JSON.stringify([...next]));
    } catch {
      // private mode or full storage: the choice holds until the screen closes
    }
  };
  return [hidden, setHidden];
}
