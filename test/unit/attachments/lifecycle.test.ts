import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { sweepUnusedAttachments } from '../../../electron/attachments';
import { removeReleasedAttachmentFiles } from '../../../electron/attachments/cleanup';
import { VALID_USCC } from '../../support/sampleData';
import { jpegImage, pngImage } from '../../support/images';
import { openHarness, type Harness } from './harness';

const DAY = 24 * 60 * 60 * 1000;

function license(scans: string[], n = 1) {
  return n === 1
    ? { kind: '营业执照', number: VALID_USCC, issuer: '厦门市市场监督管理局', longTerm: true, scans }
    : { kind: '其他', title: `测试证照${n}`, number: `TEST-${n}`, longTerm: true, scans };
}

// GB 11643's own example number: fictional, valid check digit.
const PERSON = { name: '测试人员', idType: '居民身份证', idNumber: '11010519491231002X', roles: ['主要负责人'] };

describe('scans and the records that use them', () => {
  let h: Harness;
  afterEach(() => h.close());

  const files = (sha256: string, ext: string) => [
    path.join(h.attachmentsDir, `${sha256}.${ext}`),
    path.join(h.attachmentsDir, 'thumbnails', `${sha256}.jpg`),
    path.join(h.attachmentsDir, 'previews', `${sha256}.jpg`),
  ];

  it('refuses to remove a scan while a record uses it, saying what uses it; removes it once unused', async () => {
    h = await openHarness();
    const scan = await h.add('执照.jpg', await jpegImage());
    const saved = await h.call<{ id: string }>('licenses.save', license([scan.sha256]));
    const person = await h.call<{ id: string }>('people.save', { ...PERSON, idFront: scan.sha256 });

    const refused = await h.refusal('attachments.remove', { sha256: scan.sha256 });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toBe('不能删除：这个扫描件仍被 2 条记录使用：证照、人员；请先在这些记录中移除它');
    expect(refused.message).not.toContain('执照.jpg');
    for (const f of files(scan.sha256, 'jpg')) expect(existsSync(f)).toBe(true);

    await h.call('people.save', { ...PERSON, id: person.id, idFront: '' });
    const stillUsed = await h.refusal('attachments.remove', { sha256: scan.sha256 });
    expect(stillUsed.message).toContain('仍被 1 条记录使用：证照');

    // Taking it out of the license releases it (the repository deletes an unused scan after the save).
    await h.call('licenses.save', { ...license([]), id: saved.id });
    expect((await h.refusal('attachments.get', { sha256: scan.sha256, variant: 'original' })).code).toBe('NOT_FOUND');
    for (const f of files(scan.sha256, 'jpg')) expect(existsSync(f)).toBe(false);
  });

  it('removes an unused scan: row first, then its files', async () => {
    h = await openHarness();
    const scan = await h.add('unused.png', await pngImage());
    expect(await h.call('attachments.remove', { sha256: scan.sha256 })).toEqual({ removed: true });
    for (const f of files(scan.sha256, 'png')) expect(existsSync(f)).toBe(false);
    expect((await h.refusal('attachments.remove', { sha256: scan.sha256 })).code).toBe('NOT_FOUND');
  });

  it('keeps a scan shared by two licenses until the second one goes', async () => {
    h = await openHarness();
    const shared = await h.add('共用.jpg', await jpegImage(300, 200, '#336699'));
    const a = await h.call<{ id: string }>('licenses.save', license([shared.sha256], 1));
    const b = await h.call<{ id: string }>('licenses.save', license([shared.sha256], 2));

    await h.call('licenses.remove', { id: a.id });
    const still = await h.get(shared.sha256, 'thumbnail');
    expect(still.meta.sha256).toBe(shared.sha256);
    for (const f of files(shared.sha256, 'jpg')) expect(existsSync(f)).toBe(true);

    await h.call('licenses.remove', { id: b.id });
    expect((await h.refusal('attachments.get', { sha256: shared.sha256, variant: 'thumbnail' })).code).toBe('NOT_FOUND');
    for (const f of files(shared.sha256, 'jpg')) expect(existsSync(f)).toBe(false);
    expect(h.originals()).toEqual([]);
  });

  it('keeps the files of a released scan that was added again before its files were removed', async () => {
    h = await openHarness();
    const scan = await h.add('again.jpg', await jpegImage(60, 60, '#778899'));
    const gone = { sha256: 'f'.repeat(64), ext: 'jpg' };
    await removeReleasedAttachmentFiles(h.api.session.store, [{ sha256: scan.sha256, ext: 'jpg' }, gone]);
    for (const f of files(scan.sha256, 'jpg')) expect(existsSync(f)).toBe(true);
  });

  it('refuses a record that points at a scan that was never added', async () => {
    h = await openHarness();
    const error = await h.refusal('licenses.save', license(['a'.repeat(64)]));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'scans' });
  });
});

describe('the sweep of unused scans', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('removes scans unused for more than a day and stray files; keeps fresh uploads and used scans', async () => {
    let now = Date.now() - 2 * DAY;
    h = await openHarness({ clock: () => new Date(now) });
    const oldUnused = await h.add('old.jpg', await jpegImage(40, 40, '#111111'));
    const oldUsed = await h.add('used.jpg', await jpegImage(40, 40, '#222222'));
    await h.call('licenses.save', license([oldUsed.sha256]));
    now = Date.now() - 60 * 60 * 1000;
    const fresh = await h.add('fresh.jpg', await jpegImage(40, 40, '#333333'));

    // Files no row accounts for: an original from an interrupted add, a stale thumbnail, a temp file.
    const twoDaysAgo = new Date(Date.now() - 2 * DAY);
    const strayOld = path.join(h.attachmentsDir, `${'b'.repeat(64)}.jpg`);
    const strayNew = path.join(h.attachmentsDir, `${'c'.repeat(64)}.png`);
    const strayThumb = path.join(h.attachmentsDir, 'thumbnails', `${'d'.repeat(64)}.jpg`);
    const oldTemp = path.join(h.attachmentsDir, `${'e'.repeat(64)}.jpg.tmp`);
    const unrelated = path.join(h.attachmentsDir, 'README.txt');
    for (const f of [strayOld, strayNew, strayThumb, oldTemp, unrelated]) writeFileSync(f, 'x');
    for (const f of [strayOld, oldTemp, unrelated]) utimesSync(f, twoDaysAgo, twoDaysAgo);

    const result = await sweepUnusedAttachments(h.api.session.store);
    expect(result).toEqual({ removedAttachments: 1, removedFiles: 3 });

    expect((await h.refusal('attachments.get', { sha256: oldUnused.sha256, variant: 'original' })).code).toBe('NOT_FOUND');
    expect(existsSync(path.join(h.attachmentsDir, `${oldUnused.sha256}.jpg`))).toBe(false);
    expect(existsSync(path.join(h.attachmentsDir, 'previews', `${oldUnused.sha256}.jpg`))).toBe(false);
    expect((await h.get(oldUsed.sha256, 'original')).meta.sha256).toBe(oldUsed.sha256);
    expect((await h.get(fresh.sha256, 'original')).meta.sha256).toBe(fresh.sha256);
    expect(existsSync(strayOld)).toBe(false);
    expect(existsSync(strayThumb)).toBe(false);
    expect(existsSync(oldTemp)).toBe(false);
    expect(existsSync(strayNew)).toBe(true); // may be an add in progress
    expect(existsSync(unrelated)).toBe(true); // not ours to judge

    // Nothing left to do: a second sweep changes nothing.
    expect(await sweepUnusedAttachments(h.api.session.store)).toEqual({ removedAttachments: 0, removedFiles: 0 });
  });

  it('keeps stray originals while a set-aside database may still refer to them', async () => {
    h = await openHarness();
    await sweepUnusedAttachments(h.api.session.store); // queued behind the startup sweep: that one is done
    writeFileSync(path.join(h.dir, 'beian.sqlite.damaged-20260101-000000'), 'old');
    const stray = path.join(h.attachmentsDir, `${'b'.repeat(64)}.jpg`);
    writeFileSync(stray, 'x');
    const old = new Date(Date.now() - 2 * DAY);
    utimesSync(stray, old, old);
    await sweepUnusedAttachments(h.api.session.store);
    expect(existsSync(stray)).toBe(true);
  });

  it('runs once when the workspace is opened', async () => {
    let now = Date.now() - 3 * DAY;
    h = await openHarness({ clock: () => new Date(now) });
    const old = await h.add('forgotten.jpg', await jpegImage(30, 30, '#445566'));
    await h.closeApi();
    now = Date.now();

    const reopened = await openApiHost(h.dir);
    try {
      // The startup sweep was queued first: an add now runs after it has finished.
      const r = await reopened.dispatch('attachments.add', { name: 'new.png', dataBase64: (await pngImage(20, 20)).toString('base64') });
      expect(r.ok).toBe(true);
      const gone = await reopened.dispatch('attachments.get', { sha256: old.sha256, variant: 'thumbnail' });
      expect(gone.ok).toBe(false);
      expect(existsSync(path.join(h.attachmentsDir, `${old.sha256}.jpg`))).toBe(false);
    } finally {
      await reopened.close();
    }
  });
});

describe('renditions folder', () => {
  it('is created on demand', async () => {
    const h = await openHarness();
    try {
      mkdirSync(h.attachmentsDir, { recursive: true });
      const added = await h.add('a.png', await pngImage(12, 12));
      expect(existsSync(path.join(h.attachmentsDir, 'thumbnails', `${added.sha256}.jpg`))).toBe(true);
    } finally {
      await h.close();
    }
  });
});
