import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jpegWithExif, textFile } from '../../support/images';
import { tempWorkspace } from '../../support/tempWorkspace';
import { openHarness, type Added, type Harness } from './harness';

const REPO = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(REPO, 'bin', 'beian.cjs');

describe('attachments.add with a file path', () => {
  let h: Harness;
  const files = mkdtempSync(path.join(os.tmpdir(), 'beian-attach-files-'));
  const photo = path.join(files, '身份证 正面.jpg');
  beforeAll(async () => {
    h = await openHarness();
    writeFileSync(photo, await jpegWithExif());
  });
  afterAll(async () => {
    await h.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('is refused from the app (ipc), the browser host (http) and tests: the renderer never hands over a path', async () => {
    for (const transport of ['ipc', 'http', 'test'] as const) {
      const error = await h.refusal('attachments.add', { path: photo }, { transport });
      expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
      expect(error.message).toContain('只有命令行可以按文件路径添加扫描件');
    }
    expect(h.originals()).toEqual([]);
  });

  it('is accepted from the command line and stores the file under its own name', async () => {
    const added = await h.call<Added>('attachments.add', { path: photo }, { transport: 'cli' });
    expect(added).toMatchObject({ originalName: '身份证 正面.jpg', width: 200, height: 400, duplicate: false });
    expect(readFileSync(path.join(h.attachmentsDir, `${added.sha256}.jpg`)).equals(readFileSync(photo))).toBe(true);
  });

  it('says clearly when the file is missing, is a folder, or is over 40 MB (refused from its size, before reading)', async () => {
    const missing = await h.refusal('attachments.add', { path: path.join(files, 'nope.jpg') }, { transport: 'cli' });
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'path', message: '找不到文件「nope.jpg」，请检查路径' });
    const folder = await h.refusal('attachments.add', { path: files }, { transport: 'cli' });
    expect(folder.message).toContain('不是一个文件');
    // A sparse 41 MB file: its size is known at once, reading it would take a while.
    const big = path.join(files, 'big.jpg');
    writeFileSync(big, '');
    truncateSync(big, 41 * 1024 * 1024);
    const tooBig = await h.refusal('attachments.add', { path: big }, { transport: 'cli' });
    expect(tooBig.message).toBe('「big.jpg」有 41.0 MB，超过 40 MB 的上限；请压缩或降低分辨率后再上传');
  });

  it('applies the same content checks as an upload', async () => {
    const renamed = path.join(files, 'x.jpg');
    writeFileSync(renamed, textFile());
    const error = await h.refusal('attachments.add', { path: renamed }, { transport: 'cli' });
    expect(error.message).toContain('「x.jpg」的内容不是 JPEG 图片');
    const empty = path.join(files, 'empty.png');
    writeFileSync(empty, '');
    expect((await h.refusal('attachments.add', { path: empty }, { transport: 'cli' })).message).toBe('「empty.png」文件为空（0 字节），请重新选择');
  });
});

describe('npx beian call attachments.add (end to end)', () => {
  const ws = tempWorkspace();
  const files = mkdtempSync(path.join(os.tmpdir(), 'beian-attach-cli-'));
  beforeAll(() => {
    if (!existsSync(path.join(REPO, 'dist', 'electron', 'cli.cjs'))) throw new Error('dist/electron/cli.cjs missing: run node scripts/build.mjs --node-only first');
  });
  afterAll(() => {
    ws.remove();
    rmSync(files, { recursive: true, force: true });
  });

  const beian = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: REPO });

  it('adds a scan by path, stores it once, and refuses a bad file with exit code 1', async () => {
    const photo = path.join(files, 'scan.jpg');
    writeFileSync(photo, await jpegWithExif());
    const first = beian('call', 'attachments.add', JSON.stringify({ path: photo }), '--workspace', ws.dir);
    expect(first.status).toBe(0);
    const added = JSON.parse(first.stdout) as Added;
    expect(added).toMatchObject({ ext: 'jpg', mime: 'image/jpeg', width: 200, height: 400, originalName: 'scan.jpg', duplicate: false });
    expect(readFileSync(path.join(ws.dir, 'attachments', `${added.sha256}.jpg`)).equals(readFileSync(photo))).toBe(true);

    const again = beian('call', 'attachments.add', JSON.stringify({ path: photo }), '--workspace', ws.dir);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ sha256: added.sha256, duplicate: true });

    const thumb = beian('call', 'attachments.get', JSON.stringify({ sha256: added.sha256, variant: 'thumbnail' }), '--workspace', ws.dir);
    expect(thumb.status).toBe(0);
    expect(JSON.parse(thumb.stdout)).toMatchObject({ mime: 'image/jpeg' });

    const renamed = path.join(files, 'notes.jpg');
    writeFileSync(renamed, textFile());
    const refused = beian('call', 'attachments.add', JSON.stringify({ path: renamed }), '--workspace', ws.dir);
    expect(refused.status).toBe(1);
    const { error } = JSON.parse(refused.stdout) as { error: { code: string; message: string; field: string } };
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'path' });
    expect(error.message).toContain('「notes.jpg」的内容不是 JPEG 图片');
    expect(refused.stderr).toBe('');
  });
});
