import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Picked } from '../../../shared/api/pickerMethods';

/** How many handles are kept; the oldest go first (a person browses a few hundred folders at most). */
const MAX_HANDLES = 20_000;

const handles = new Map<string, { path: string; kind: 'folder' | 'file' }>();
const HANDLE = /^picked:[0-9a-f-]{36}$/;

/**
 * Paths shown by the app's own picker (the native dialog in the desktop app, picker.browse in the browser host),
 * each behind an opaque handle. A window presents the handle; the main process looks the path up here, so a
 * path that never appeared in a picker (/etc/shadow) cannot be named.
 */
export function registerPicked(p: string, kind: 'folder' | 'file'): Picked {
  const full = path.resolve(p);
  const handle = `picked:${randomUUID()}`;
  handles.set(handle, { path: full, kind });
  if (handles.size > MAX_HANDLES) handles.delete(handles.keys().next().value!);
  return { handle, path: full, name: path.basename(full) || full, kind };
}

export const isPickedHandle = (s: string): boolean => HANDLE.test(s);

/** The path behind a handle, when it is one of ours and of the kind asked for. */
export function resolvePicked(handle: string, kind?: 'folder' | 'file'): string | null {
  const entry = handles.get(handle);
  if (!entry || (kind && entry.kind !== kind)) return null;
  return entry.path;
}
