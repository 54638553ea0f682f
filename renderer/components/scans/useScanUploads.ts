import { useCallback, useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { precheckScanFile, readAsBase64 } from './scanFiles';

export interface UploadItem {
  id: number;
  name: string;
  phase: 'waiting' | 'reading' | 'checking' | 'failed' | 'notice';
  /** 0–100 while reading and checking. */
  percent: number;
  message?: string;
}

export interface ScanUploadOptions {
  /**
   * A file the API accepted (stored once, whatever the form does next). Returns a notice to show
   * (e.g. "already in the list"), or null.
   */
  onAdded(sha256: string, fileName: string): string | null;
  /** How many more scans the field takes now, not counting uploads in progress. */
  room(): number;
  /** Shown for a file beyond the room. */
  fullMessage: string;
}

let nextId = 1;

function namingFile(message: string, name: string): string {
  return message.includes(name) ? message : `「${name}」：${message}`;
}

/**
 * Uploads files one call each (Base64 over the API's attachments.add) and keeps a line per file:
 * progress while it runs, the API's message when refused. Scans already in the field are untouched.
 * Files go one at a time, in the order chosen: pages keep their order, and a batch of large photos is
 * never held in memory at once.
 */
export function useScanUploads(options: ScanUploadOptions) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const latest = useRef(options);
  const pending = useRef(0);
  const queue = useRef<[number, File][]>([]);
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    mounted.current = true;
    return () => {
      // The form went away: files not started yet are dropped; one already sent is stored and swept later.
      mounted.current = false;
      queue.current = [];
    };
  }, []);

  const update = useCallback((id: number, change: Partial<UploadItem> | null) => {
    if (!mounted.current) return;
    setItems((prev) => (change ? prev.map((i) => (i.id === id ? { ...i, ...change } : i)) : prev.filter((i) => i.id !== id)));
  }, []);

  const upload = useCallback(
    async (id: number, file: File) => {
      update(id, { phase: 'reading' });
      try {
        const dataBase64 = await readAsBase64(file, (fraction) => update(id, { percent: Math.round(fraction * 80) }));
        update(id, { phase: 'checking', percent: 90 });
        const added = await api['attachments.add']({ name: file.name, dataBase64 });
        if (!mounted.current) return;
        const notice = latest.current.onAdded(added.sha256, file.name);
        update(id, notice ? { phase: 'notice', message: notice, percent: 100 } : null);
      } catch (err) {
        update(id, { phase: 'failed', message: namingFile(errorMessage(err), file.name) });
      } finally {
        pending.current--;
      }
    },
    [update],
  );

  const pump = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      for (let next = queue.current.shift(); next; next = queue.current.shift()) await upload(...next);
    } finally {
      busy.current = false;
    }
  }, [upload]);

  const start = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      let room = latest.current.room() - pending.current;
      const added: UploadItem[] = [];
      for (const file of files) {
        const id = nextId++;
        const refusal = room <= 0 ? namingFile(latest.current.fullMessage, file.name) : precheckScanFile(file);
        if (refusal) {
          added.push({ id, name: file.name, phase: 'failed', percent: 0, message: refusal });
          continue;
        }
        room--;
        added.push({ id, name: file.name, phase: 'waiting', percent: 0 });
        pending.current++;
        queue.current.push([id, file]);
      }
      // Messages from an earlier batch make way for this one; uploads still running stay.
      setItems((prev) => [...prev.filter((i) => i.phase !== 'failed' && i.phase !== 'notice'), ...added]);
      void pump();
    },
    [pump],
  );

  const dismiss = useCallback((id: number) => update(id, null), [update]);

  return { items, start, dismiss };
}
