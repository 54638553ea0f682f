import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Picked } from '../../../shared/api/pickerMethods';
import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../api/handlers';
import { registerPicked, resolvePicked } from './pickedPaths';
import { insideRoots, pickerRoots } from './roots';

/** Entries listed per folder; a folder with more says so (truncated). */
const MAX_ENTRIES = 2000;

const collator = new Intl.Collator('zh-CN', { numeric: true });

async function browse({ folder, files }: { folder?: string | undefined; files: boolean }) {
  const roots = await pickerRoots();
  if (!folder) {
    return { folder: null, parent: null, entries: roots.map((r) => registerPicked(r, 'folder')), truncated: false };
  }
  const dir = resolvePicked(folder, 'folder');
  if (!dir) throw new ApiError('VALIDATION', '文件夹：请从列出的文件夹中选择（列表已过期时请重新打开）', 'folder');
  // A link inside the home folder may lead anywhere: what counts is where it really is.
  const real = await realpath(dir).catch(() => dir);
  if (!insideRoots(real, roots)) throw new ApiError('VALIDATION', '文件夹：只能选择主目录或已挂载磁盘中的文件夹', 'folder');
  let listed;
  try {
    listed = await readdir(real, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ApiError('VALIDATION', code === 'EACCES' || code === 'EPERM' ? `文件夹：没有权限打开 ${dir}` : `文件夹：无法打开 ${dir}（可能已被移除）`, 'folder');
  }
  const shown = listed
    .filter((d) => !d.name.startsWith('.') && (d.isDirectory() || (files && d.isFile())))
    .sort((a, b) => Number(b.isDirectory()) - Number(a.isDirectory()) || collator.compare(a.name, b.name));
  const entries: Picked[] = shown.slice(0, MAX_ENTRIES).map((d) => registerPicked(path.join(dir, d.name), d.isDirectory() ? 'folder' : 'file'));
  const up = path.dirname(dir);
  const parent = up !== dir && insideRoots(up, roots) ? registerPicked(up, 'folder') : null;
  return { folder: registerPicked(dir, 'folder'), parent, entries, truncated: shown.length > MAX_ENTRIES };
}

export function pickerHandlers(): Pick<Handlers, 'picker.browse' | 'picker.native'> {
  return {
    'picker.browse': async (input, ctx) => {
      if (ctx.transport === 'ipc') throw new ApiError('VALIDATION', '桌面程序请用系统对话框选择（picker.native）', 'folder');
      return browse(input);
    },
    'picker.native': async ({ kind, title }, ctx) => {
      if (ctx.transport !== 'ipc' || !ctx.pickPath) throw new ApiError('VALIDATION', '只有桌面程序能打开系统对话框；浏览器界面请用应用内的文件夹选择', 'kind');
      const picked = await ctx.pickPath({ kind, title });
      return picked ? registerPicked(picked, kind) : null;
    },
  };
}
