import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { FULL_BACKUP_EXTENSION } from '../../shared/backup/manifest';
import type { CallContext, Handlers } from '../api/handlers';
import { backupJobProgress, cancelBackupJob, startBackupJob } from './backupJobs';
import { backupDue, getBackupState, updateBackupState } from './backupState';
import { restoreFullBackup } from './restoreFull';
import { takeSnapshot } from './snapshot';
import { writeFullBackup } from './writeFullBackup';
import { listDestinations, localDocumentsFolder } from '../filing/package';
import type { WorkspaceSession } from '../workspace/session';
import { isPickedHandle, resolvePicked } from '../services/picker/pickedPaths';
import { resolveDestination } from '../filing/handlers';

type BackupMethodName = 'backup.status' | 'backup.saveSettings' | 'backup.start' | 'backup.progress' | 'backup.cancel' | 'backup.find' | 'backup.restore';

const trustsPaths = (ctx: CallContext) => ctx.transport === 'cli' || ctx.transport === 'test';

async function passphraseFrom(input: { passphrase?: string | undefined; useRememberedPassphrase: boolean }, ctx: CallContext): Promise<string> {
  if (input.passphrase) return input.passphrase;
  if (input.useRememberedPassphrase) {
    const remembered = (await ctx.keychain?.load()) ?? null;
    if (remembered) return remembered;
    throw new ApiError('VALIDATION', '本机没有记住的备份口令，请输入口令', 'passphrase');
  }
  throw new ApiError('VALIDATION', '请填写备份口令', 'passphrase');
}

/** .beianbak files at the top of every offered place (drives and the Documents folder), newest first. */
async function findBackups() {
  const places = [...(await listDestinations()).map((d) => ({ path: d.path, label: d.label }))];
  const local = localDocumentsFolder();
  if (!places.some((p) => p.path === local.path)) places.push(local);
  const found = [];
  for (const place of places) {
    for (const name of await readdir(place.path).catch(() => [] as string[])) {
      if (!name.endsWith(FULL_BACKUP_EXTENSION) || name.startsWith('.')) continue;
      const file = path.join(place.path, name);
      const info = await stat(file).catch(() => null);
      if (info?.isFile()) found.push({ path: file, file: name, bytes: info.size, modifiedAt: info.mtime.toISOString(), where: place.label });
    }
  }
  return found.sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
}

/** Whether a folder lies on a detected removable drive (a backup there counts as off this computer). */
async function onRemovableDrive(folder: string): Promise<boolean> {
  const real = await realpath(folder).catch(() => path.resolve(folder));
  return (await listDestinations()).some((d) => d.removable && (real === d.path || real.startsWith(d.path.endsWith(path.sep) ? d.path : d.path + path.sep)));
}

async function resolveBackupFile(input: { path?: string | undefined; pick?: 'file' | undefined }, ctx: CallContext): Promise<string> {
  if (trustsPaths(ctx)) {
    if (!input.path) throw new ApiError('VALIDATION', '请指定备份文件', 'path');
    return path.resolve(input.path);
  }
  if (input.path && isPickedHandle(input.path)) {
    const picked = resolvePicked(input.path, 'file');
    if (!picked) throw new ApiError('VALIDATION', '所选的备份文件已失效，请重新“选择文件…”', 'path');
    return picked;
  }
  if (input.pick) {
    if (!ctx.pickPath) throw new ApiError('VALIDATION', '此处不能打开选择文件的对话框；请把备份文件放在 U 盘或“文档”文件夹的最上层，再从列表中选择', 'pick');
    const picked = await ctx.pickPath({ kind: 'file', title: '选择要恢复的备案台备份（.beianbak）' });
    if (!picked) throw new ApiError('VALIDATION', '没有选择备份文件', 'path');
    return picked;
  }
  const listed = (await findBackups()).map((f) => f.path);
  if (!input.path || !listed.includes(input.path)) {
    throw new ApiError('VALIDATION', '只能选择列出的备份文件；U 盘是否已拔出？请刷新后重新选择', 'path');
  }
  return input.path;
}

export function backupHandlers(session: WorkspaceSession): Pick<Handlers, BackupMethodName> {
  const status = (ctx: CallContext) => {
    const state = getBackupState(session.store);
    return { ...state, ...backupDue(state, new Date()), passphraseRemembered: ctx.keychain?.has() ?? false };
  };
  return {
    'backup.status': (_input, ctx) => status(ctx),
    'backup.saveSettings': async ({ reminderDays }, ctx) => {
      await updateBackupState(session.store, { reminderDays });
      return status(ctx);
    },
    'backup.start': async (input, ctx) => {
      const store = session.store;
      const passphrase = await passphraseFrom(input, ctx);
      let folder: string;
      if (input.pick && !trustsPaths(ctx)) {
        if (!ctx.pickPath) throw new ApiError('VALIDATION', '此处不能打开选择文件夹的对话框，请从列出的位置中选择', 'pick');
        const picked = await ctx.pickPath({ kind: 'folder', title: '选择备份的保存位置' });
        if (!picked) throw new ApiError('VALIDATION', '没有选择保存位置', 'destination');
        folder = picked;
      } else {
        folder = await resolveDestination(input.destination, ctx);
      }
      if (input.rememberPassphrase) {
        if (!ctx.keychain?.available()) throw new ApiError('VALIDATION', '只有桌面程序能在本机钥匙串中记住口令', 'rememberPassphrase');
        await ctx.keychain.save(passphrase);
      }
      const now = new Date();
      const offMachine = input.offMachine || (await onRemovableDrive(folder));
      const snapshot = takeSnapshot(store, now);
      const jobId = startBackupJob(async (signal, onProgress) => {
        const written = await writeFullBackup(snapshot, { folder, passphrase, now, signal, onProgress });
        const verifiedAt = new Date().toISOString();
        const last = { at: verifiedAt, file: written.file, folder, bytes: written.bytes, offMachine };
        await updateBackupState(session.store, { lastVerified: last, ...(offMachine ? { lastOffMachine: last } : {}) });
        return { ...written, verifiedAt };
      });
      return { jobId };
    },
    'backup.progress': ({ jobId }) => backupJobProgress(jobId),
    'backup.cancel': ({ jobId }) => cancelBackupJob(jobId),
    'backup.find': () => findBackups(),
    'backup.restore': async (input, ctx) => {
      const file = await resolveBackupFile(input, ctx);
      const passphrase = await passphraseFrom(input, ctx);
      const { manifest, replaced } = await restoreFullBackup(session, file, passphrase, input.confirmSetAside);
      return {
        ...(replaced ? { replaced } : {}),
        backup: {
          createdAt: manifest.createdAt,
          appVersion: manifest.appVersion,
          unitName: manifest.unit?.name ?? null,
          attachments: manifest.entries.length - 1,
        },
      };
    },
  };
}
