import path from 'node:path';

/** The name kept with a scan: the last path segment, control characters removed. */
export function cleanFileName(name: string): string {
  return path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim() || '未命名文件';
}

/** A file name as it may appear in a message: shortened in the middle when long. Messages name the file, never its content. */
export function displayName(name: string): string {
  const base = cleanFileName(name);
  const chars = [...base];
  return chars.length <= 60 ? base : `${chars.slice(0, 40).join('')}…${chars.slice(-16).join('')}`;
}

/** The lower-case extension without its dot ('' when there is none). */
export function extensionOf(name: string): string {
  return path.extname(name).slice(1).toLowerCase();
}
