// Fixtures of the standard-image tests, made at test time (no binary files in the repository).
import sharp from 'sharp';
import { FACE_SOURCES, locateFace } from '../../../electron/pdf/fonts';

const LINES = [
  '营业执照（副本）',
  '统一社会信用代码 91350200MA2XXXXXXX',
  '名称 厦门示例网络科技有限公司',
  '类型 有限责任公司（自然人投资或控股）',
  '法定代表人 张示例',
  '经营范围 互联网数据中心业务；服务器托管；信息系统集成服务。',
  '注册资本 壹佰万圆整　成立日期 2019年05月20日',
  '住所 厦门市思明区示例路100号801室',
  '登记机关 厦门市市场监督管理局',
];

/** Black text lines as an RGBA layer, `sizePx` high letters. */
function textLayer(width: number, sizePx: number, color: string): Promise<Buffer> {
  const markup = LINES.map((l) => `<span foreground="${color}">${l}</span>`).join('\n');
  return sharp({
    text: { text: markup, font: `Noto Sans SC ${sizePx}`, fontfile: locateFace(FACE_SOURCES[0]!), dpi: 72, rgba: true, width, spacing: Math.round(sizePx * 0.8) },
  })
    .png()
    .toBuffer();
}

/**
 * A scanned document: white page, a dark frame, nine lines of Chinese text. Raw-free pipeline result
 * (a PNG), to be turned into JPEG / blurred by the caller.
 */
export async function documentScan(width = 1600, height = 1200, opts: { textColor?: string; frameColor?: string } = {}): Promise<Buffer> {
  const size = Math.round(width / 32);
  const text = await textLayer(Math.round(width * 0.8), size, opts.textColor ?? '#111111');
  const frame = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect x="${width * 0.03}" y="${height * 0.03}" width="${width * 0.94}" height="${height * 0.94}" fill="none" stroke="${opts.frameColor ?? '#b03020'}" stroke-width="${Math.round(width / 200)}"/>` +
      `</svg>`,
  );
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      { input: frame, left: 0, top: 0 },
      { input: text, left: Math.round(width * 0.1), top: Math.round(height * 0.1) },
    ])
    .png()
    .toBuffer();
}

/** The document as a phone photo: slightly grey paper with sensor noise, JPEG. */
export async function documentPhoto(width: number, height: number): Promise<sharp.Sharp> {
  const page = await documentScan(width, height);
  const noise = await sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 6 } } })
    .png()
    .toBuffer();
  const flat = await sharp(page).composite([{ input: noise, blend: 'soft-light' }]).linear(0.92, 4).png().toBuffer();
  return sharp(flat);
}

/**
 * The phone photo: 4000×3000 as stored, EXIF orientation 6 (so it shows 3000×4000, portrait),
 * camera tags and GPS coordinates.
 */
export async function phoneDocumentWithGps(width = 4000, height = 3000): Promise<Buffer> {
  return (await documentPhoto(width, height))
    .jpeg({ quality: 92 })
    .withMetadata({ orientation: 6, density: 72 })
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Fixture 1', Software: 'beian-test', Artist: '张示例' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '118/1 5/1 0/1' },
    })
    .toBuffer();
}

export async function blurredScan(width = 1600, height = 1200, sigma = 3): Promise<Buffer> {
  return sharp(await documentScan(width, height)).blur(sigma).jpeg({ quality: 92 }).toBuffer();
}

export async function sharpScan(width = 1600, height = 1200): Promise<Buffer> {
  return sharp(await documentScan(width, height)).jpeg({ quality: 92 }).toBuffer();
}

/** A photo taken in the dark: noise around a low mean. */
export function darkPhoto(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 25, sigma: 12 } } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A washed-out photo: faint text on white. */
export async function overexposedScan(width = 1600, height = 1200): Promise<Buffer> {
  return sharp(await documentScan(width, height, { textColor: '#eeeeee', frameColor: '#f4f4f4' })).jpeg({ quality: 92 }).toBuffer();
}
