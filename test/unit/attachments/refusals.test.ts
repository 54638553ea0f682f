import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heicDecoderAvailable } from '../../../electron/attachments/decode';
import { heicLike, hugePng, jpegImage, oversizedJpegLike, pngImage, textFile, truncatedJpeg } from '../../support/images';
import { openHarness, type Harness } from './harness';

describe('attachments.add: refusals name the file and say what is wrong', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.close());

  /** Nothing refused may leave a file or a row behind. */
  async function expectNothingStored() {
    expect(h.originals()).toEqual([]);
    expect(readdirSync(`${h.attachmentsDir}/thumbnails`, { withFileTypes: true }).length).toBe(0);
  }

  beforeAll(async () => {
    // Make the renditions folders exist so expectNothingStored can look into them.
    const added = await h.add('seed.png', await pngImage(10, 10));
    await h.call('attachments.remove', { sha256: added.sha256 });
  });

  it('refuses a 0-byte file', async () => {
    const error = await h.addRefused('空文件.jpg', Buffer.alloc(0));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'dataBase64' });
    expect(error.message).toBe('「空文件.jpg」文件为空（0 字节），请重新选择');
    await expectNothingStored();
  });

  it('refuses a text file renamed .jpg, naming the file but not quoting its content', async () => {
    const error = await h.addRefused('x.jpg', textFile());
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('「x.jpg」的内容不是 JPEG 图片');
    expect(error.message).not.toContain('这不是图片');
    expect(error.message).not.toContain('text file');
    await expectNothingStored();
  });

  it('refuses content of one image type under the extension of another', async () => {
    const error = await h.addRefused('scan.jpg', await pngImage(20, 20));
    expect(error.message).toBe('「scan.jpg」的内容不是 JPEG 图片（实际是 PNG 图片），请改正扩展名后再上传');
  });

  it('refuses formats that are not accepted (GIF, PDF, plain text)', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(40)]);
    expect((await h.addRefused('anim.gif', gif)).message).toBe('「anim.gif」是 GIF 文件；请上传 JPEG、PNG、WebP、TIFF、BMP 或 HEIC 图片');
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n', 'latin1');
    expect((await h.addRefused('license.pdf', pdf)).message).toBe('「license.pdf」是 PDF 文件；请上传 JPEG、PNG、WebP、TIFF、BMP 或 HEIC 图片');
    expect((await h.addRefused('notes.txt', textFile())).message).toBe('「notes.txt」不是支持的图片格式；请上传 JPEG、PNG、WebP、TIFF、BMP 或 HEIC 图片');
    await expectNothingStored();
  });

  it('refuses a file over 40 MB before looking at it', async () => {
    const error = await h.addRefused('huge.jpg', oversizedJpegLike());
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('「huge.jpg」有 40.1 MB，超过 40 MB 的上限；请压缩或降低分辨率后再上传');
    await expectNothingStored();
  });

  it('refuses an image over 100 megapixels from its header, without decoding it', async () => {
    const png = hugePng(12000, 9000);
    expect(png.length).toBeLessThan(64 * 1024); // small file, huge image
    const started = Date.now();
    const error = await h.addRefused('poster.png', png);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(error.message).toBe('「poster.png」有 12000×9000 像素（约 1.08 亿），超过 1 亿像素的上限；请缩小后再上传');
    await expectNothingStored();
  });

  it('accepts exactly 100 megapixels worth of header but not one row more', async () => {
    // 10000×10000 is the limit itself: refused only above it. (Checked on the header only: decoding
    // 100 megapixels is left to the add test's smaller images.)
    const over = await h.addRefused('over.png', hugePng(10000, 10001));
    expect(over.message).toContain('超过 1 亿像素的上限');
  });

  it('refuses a truncated JPEG as damaged', async () => {
    const error = await h.addRefused('cut.jpg', await truncatedJpeg());
    expect(error.message).toBe('「cut.jpg」已损坏或不完整，无法读取图片内容');
    await expectNothingStored();
  });

  it('refuses a PNG whose header is intact but whose pixels are garbage', async () => {
    const png = await pngImage(200, 200);
    const broken = Buffer.concat([png.subarray(0, 60), Buffer.alloc(png.length - 60, 0x5a)]);
    expect((await h.addRefused('broken.png', broken)).message).toBe('「broken.png」已损坏或不完整，无法读取图片内容');
  });

  it('says clearly when this computer cannot decode HEIC', async () => {
    const error = await h.addRefused('IMG_1234.HEIC', heicLike());
    if (heicDecoderAvailable()) {
      // A decoder is present: these random bytes are simply not a picture.
      expect(error.message).toMatch(/「IMG_1234\.HEIC」(已损坏|：此电脑无法解码 HEIC)/);
    } else {
      expect(error.message).toBe('「IMG_1234.HEIC」：此电脑无法解码 HEIC 图片，请先转换为 JPEG');
    }
  });

  it('refuses input that is not Base64', async () => {
    const error = await h.refusal('attachments.add', { name: 'a.jpg', dataBase64: '这不是base64!' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'dataBase64' });
    expect(error.message).toContain('不是有效的 Base64');
  });

  it('shortens a very long file name in messages and drops control characters', async () => {
    const name = `${'很长的文件名'.repeat(20)}\u0007.jpg`;
    const error = await h.addRefused(name, Buffer.alloc(0));
    expect(error.message).toMatch(/^「很长的文件名.*….*\.jpg」文件为空/);
    expect(error.message).not.toContain('\u0007');
  });

  it('still accepts a good image after the refusals', async () => {
    const added = await h.add('fine.jpg', await jpegImage(50, 50));
    expect(added.duplicate).toBe(false);
  });
});
