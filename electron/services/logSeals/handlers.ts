import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Database } from 'sql.js';
import type { MethodName } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { LOG_SEAL_LABELS, type LogSeal, type LogSealResult, type LogVerifyResult } from '../../../shared/records/logSeal';
import type { CallContext, Handlers } from '../../api/handlers';
import { one } from '../../storage/rows';
import type { Store } from '../../storage/types';
import type { WorkspaceSession } from '../../workspace/session';
import { resolvePicked } from '../picker/pickedPaths';
import { scanLogPath } from './logFiles';
import { firstBrokenSeal, sealHash, type StoredSeal } from './sealChain';
import { chainHead, chainUpTo, findLatestSealOfPath, findSealById, insertSeal, listSeals } from './sealRows';
import { verifyLines } from './verifyLines';

type Methods = Extract<MethodName, `logs.${string}`>;

const PATH = LOG_SEAL_LABELS.path;

const invalidPath = (message: string) => new ApiError('VALIDATION', `${PATH}：${message}`, 'path');

/** 游戏服务器, when given, must be a 服务器 whose 用途 include 游戏 (第七条 concerns game servers). */
function checkGameServer(db: Database, serverId: string): void {
  if (!serverId) return;
  const row = one<{ data: string }>(db, "SELECT data FROM record WHERE kind = 'server' AND id = ?", [serverId]);
  if (!row) throw new ApiError('VALIDATION', `${LOG_SEAL_LABELS.serverId}：所选服务器不存在（可能已被删除），请重新选择`, 'serverId');
  const server = JSON.parse(row.data) as { assetNo?: string; purposes?: string[] };
  if (!server.purposes?.includes('游戏')) {
    throw new ApiError(
      'VALIDATION',
      `${LOG_SEAL_LABELS.serverId}：服务器 ${server.assetNo ?? ''} 的用途不含“游戏”，请选择用途为游戏的服务器，或不选服务器`,
      'serverId',
    );
  }
}

/**
 * Which path to seal: the transport decides how a path is chosen (docs/ARCHITECTURE.md, Security). Over IPC the main process
 * asks with its own dialog; the command line (and tests) pass it in the input; the browser host only presents a
 * handle from the app's own picker (picker.browse), so it cannot name /etc/shadow or any path nobody chose.
 */
async function sealedPath(input: { path?: string | undefined; pick: 'folder' | 'file' }, ctx: CallContext): Promise<string> {
  if (ctx.transport !== 'ipc' && ctx.transport !== 'cli' && ctx.transport !== 'test') {
    const what = input.pick === 'file' ? '文件' : '文件夹';
    const picked = input.path ? resolvePicked(input.path, input.pick) : null;
    if (!picked) throw invalidPath(`请用“选择${what}…”选择要封存的日志${what}（界面不接受输入的路径）`);
    return picked;
  }
  if (ctx.transport === 'ipc') {
    const what = input.pick === 'file' ? '文件' : '文件夹';
    if (!ctx.pickPath) throw new ApiError('INTERNAL', `无法打开选择${what}的对话框`);
    const picked = await ctx.pickPath({ kind: input.pick, title: `选择要封存的日志${what}` });
    if (!picked) throw new ApiError('VALIDATION', `未选择${what}`, 'path');
    return path.resolve(picked);
  }
  const typed = input.path?.trim();
  if (!typed) throw invalidPath('请填写要封存的日志文件或文件夹的路径');
  if (!path.isAbsolute(typed)) throw invalidPath('请填写完整路径（例如 /var/log/game 或 D:\\game\\logs）');
  return path.resolve(typed);
}

async function seal(store: Store, input: { path?: string | undefined; pick: 'folder' | 'file'; serverId: string; note: string }, ctx: CallContext): Promise<LogSealResult> {
  store.read((db) => checkGameServer(db, input.serverId));
  const root = await sealedPath(input, ctx);
  let scan;
  try {
    scan = await scanLogPath(root);
  } catch {
    throw invalidPath(`无法读取 ${root}（没有读取权限）`);
  }
  if (!scan.exists) throw invalidPath(`找不到 ${root}`);
  if (scan.unreadable.length > 0) {
    const more = scan.unreadable.length > 1 ? ` 等 ${scan.unreadable.length} 个文件或文件夹` : '';
    const first = scan.unreadable[0] === '.' ? root : scan.unreadable[0];
    throw invalidPath(`无法读取 ${first}${more}（没有读取权限或正被占用），没有封存任何文件`);
  }
  if (scan.files.length === 0) throw invalidPath(`${root} 中没有可封存的文件`);
  const { kind, files } = scan;

  const sealed = await store.mutate((tx) => {
    checkGameServer(tx.db, input.serverId); // the server may have changed while the files were hashed
    const head = chainHead(tx.db);
    const fields = {
      prevHash: head.hash,
      seq: head.seq + 1,
      id: randomUUID(),
      path: root,
      kind,
      serverId: input.serverId,
      note: input.note,
      sealedAt: tx.now,
      files,
    };
    const record: StoredSeal & { files: typeof files } = {
      ...fields,
      fileCount: files.length,
      totalBytes: files.reduce((n, f) => n + f.bytes, 0),
      hash: sealHash(fields),
    };
    insertSeal(tx.db, record);
    const { files: _files, id: _id, ...audited } = record;
    tx.audit('logSeal', record.id, null, audited);
    return record;
  });
  const { files: _files, ...result } = sealed;
  return { ...result, skipped: scan.skipped };
}

async function verify(store: Store, input: { sealId?: string | undefined; path?: string | undefined }): Promise<LogVerifyResult> {
  if (!input.sealId && !input.path) throw new ApiError('VALIDATION', `${LOG_SEAL_LABELS.sealId}：请指定要核验的封存记录或路径`, 'sealId');
  const { stored, chain } = store.read((db) => {
    const s = input.sealId ? findSealById(db, input.sealId) : findLatestSealOfPath(db, path.resolve(input.path!));
    return { stored: s, chain: s ? chainUpTo(db, s.seq) : [] };
  });
  if (!stored) {
    throw new ApiError('NOT_FOUND', input.sealId ? '找不到这条封存记录' : `${path.resolve(input.path!)} 还没有封存记录，请先封存`);
  }
  const brokenSeal = firstBrokenSeal(chain);

  let scan;
  try {
    scan = await scanLogPath(stored.path, stored.kind === 'file' ? 'file' : 'folder');
  } catch {
    throw invalidPath(`无法读取 ${stored.path}（没有读取权限）`);
  }
  const now = new Map(scan.files.map((f) => [f.path, f]));
  // A sealed file that cannot be read now, itself or because its folder cannot be listed.
  const cannotRead = (p: string) => scan.unreadable.some((u) => u === '.' || p === u || p.startsWith(`${u}/`));
  const sealedFiles = stored.files ?? [];
  const sealedPaths = new Set(sealedFiles.map((f) => f.path));
  const changed: LogVerifyResult['changed'] = [];
  const removed: string[] = [];
  const unreadable: string[] = [];
  let unchanged = 0;
  for (const f of sealedFiles) {
    const current = now.get(f.path);
    if (!current) {
      if (cannotRead(f.path)) unreadable.push(f.path);
      else removed.push(f.path);
    } else if (current.sha256 !== f.sha256 || current.bytes !== f.bytes) {
      changed.push({ path: f.path, sealedBytes: f.bytes, sealedSha256: f.sha256, bytes: current.bytes, sha256: current.sha256 });
    } else unchanged += 1;
  }
  const added = scan.files.filter((f) => !sealedPaths.has(f.path));

  const lines = verifyLines({
    unchanged,
    changed,
    removed,
    added,
    unreadable,
    brokenSeal,
    pathMissing: scan.exists ? null : stored.path,
  });
  const { files: _files, ...seal } = stored;
  return {
    seal: { ...seal, kind: seal.kind === 'file' ? 'file' : 'folder' } satisfies LogSeal,
    // New files are normal (log rotation); a changed, removed or unreadable file or a broken chain is not.
    ok: brokenSeal === null && changed.length === 0 && removed.length === 0 && unreadable.length === 0,
    changed,
    removed,
    added: added.map((f) => f.path),
    unreadable,
    chainOk: brokenSeal === null,
    lines,
  };
}

/** 游戏日志封存 (第七条): seal a log file or folder, verify it later, list the seals. */
export function logSealHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  return {
    'logs.seal': (input, ctx) => seal(session.store, input, ctx),
    'logs.verify': (input) => verify(session.store, input),
    'logs.list': () => session.store.read(listSeals),
  };
}
