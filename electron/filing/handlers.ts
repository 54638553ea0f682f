import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { DEFAULT_IMAGE_PROFILE, type ImageProfile } from '../../shared/records/imageProfile';
import type { CallContext, Handlers } from '../api/handlers';
import { exportJobProgress, runFilingCheck, startExportJob } from './exportJob';
import { listDestinations, localDocumentsFolder } from './package';
import { removeStalePartials } from './package/partials';
import type { DestinationInfo } from '../../shared/filing/api';
import type { WorkspaceSession } from '../workspace/session';
import { makeDirectory } from '../fs/makeDirectory';
import { backupReminder } from '../backup/backupReminder';
import { isPickedHandle, resolvePicked } from '../services/picker/pickedPaths';

type FilingMethods = 'filing.check' | 'filing.destinations' | 'filing.export' | 'filing.progress';

/** The image profile of 设置 (settings.get), the default until one is saved. */
export type ImageProfileSource = () => ImageProfile | Promise<ImageProfile>;

const samePath = (a: string, b: string) => (process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * Where the package may go. The command line names any folder (created when missing). A window may only
 * pick a destination filing.destinations offers (or the Documents folder), or a folder chosen in the app's own
 * picker (its handle): the renderer never hands the main process a free path (docs/ARCHITECTURE.md, Security).
 */
export async function resolveDestination(requested: string | undefined, ctx: CallContext): Promise<string> {
  if (ctx.transport === 'cli' || ctx.transport === 'test') {
    if (!requested) throw new ApiError('VALIDATION', '请指定目标位置（--out 目录）', 'destination');
    const dir = path.resolve(requested);
    await makeDirectory(dir).catch((err: NodeJS.ErrnoException) => {
      throw new ApiError('STORAGE', err.code === 'EROFS' || err.code === 'EACCES' ? '目标位置是只读的，无法创建文件夹' : `无法创建目标文件夹（${err.code ?? '未知错误'}）`);
    });
    return dir;
  }
  if (requested && isPickedHandle(requested)) {
    const picked = resolvePicked(requested, 'folder');
    if (!picked) throw new ApiError('VALIDATION', '所选文件夹已失效，请重新“选择文件夹…”', 'destination');
    return picked;
  }
  const offered = await listDestinations();
  if (!requested) {
    const first = offered[0];
    if (!first) throw new ApiError('VALIDATION', '没有可用的目标位置，请插入 U 盘后刷新', 'destination');
    return first.path;
  }
  const allowed = [...offered.map((d) => d.path), localDocumentsFolder().path];
  if (!allowed.some((p) => samePath(p, requested))) {
    throw new ApiError('VALIDATION', '只能选择列出的目标位置；U 盘是否已拔出？请刷新目标位置后重新选择', 'destination');
  }
  return requested;
}

/**
 * The destinations offered, each swept of the partials that interrupted exports left there (ID scans in hidden
 * folders): opening 导出备案材料 with a drive plugged in removes them and says how many.
 */
async function destinationsSwept(): Promise<DestinationInfo[]> {
  const list: DestinationInfo[] = await listDestinations();
  for (const d of list) {
    const removed = await removeStalePartials(d.path);
    if (removed > 0) d.stalePartialsRemoved = removed;
  }
  return list;
}

export function filingHandlers(session: WorkspaceSession, imageProfile: ImageProfileSource = () => DEFAULT_IMAGE_PROFILE): Pick<Handlers, FilingMethods> {
  return {
    'filing.check': async ({ month, reportMonth }) => {
      const { blocking, warnings } = await runFilingCheck(session.store, {
        ...(month ? { month } : {}),
        ...(reportMonth ? { reportMonth } : {}),
        profile: await imageProfile(),
      });
      return { blocking, warnings: [...warnings, ...backupReminder(session.store)] };
    },
    'filing.destinations': () => destinationsSwept(),
    'filing.export': async ({ destination, month, reportMonth, zip, force }, ctx) => {
      if (force && ctx.transport !== 'cli' && ctx.transport !== 'test') {
        throw new ApiError('VALIDATION', '界面中不能忽略阻止导出的项目，请先处理完整性检查中列出的问题', 'force');
      }
      const store = session.store;
      const dir = await resolveDestination(destination, ctx);
      const jobId = startExportJob(store, {
        destination: dir,
        zip,
        force,
        profile: await imageProfile(),
        ...(month ? { month } : {}),
        ...(reportMonth ? { reportMonth } : {}),
      });
      return { jobId };
    },
    'filing.progress': ({ jobId }) => exportJobProgress(jobId),
  };
}
