import { z } from 'zod';
import { missingOr } from './fieldRules';

/**
 * The standard electronic image profile (docs/ARCHITECTURE.md, 第九条): what every scan becomes in the filing
 * package. JPEG, sRGB, EXIF orientation applied, every metadata block stripped, long edge at most
 * `longEdge` px (2480 = A4 at 300 dpi), a `dpi` density tag, at most `maxBytes` by stepping quality down
 * to `minQuality`, and an optional tiled watermark "<text> <YYYY-MM-DD>" (off by default: some
 * authorities refuse watermarked images).
 */
export const IMAGE_PROFILE_LABELS = {
  longEdge: '长边上限（像素）',
  dpi: '分辨率（dpi）',
  maxBytes: '单个文件大小上限',
  minQuality: '最低质量',
  watermark: '水印',
  watermarkEnabled: '水印',
  watermarkText: '水印文字',
} as const;

export const IMAGE_PROFILE_LIMITS = {
  longEdge: { min: 800, max: 10000 },
  dpi: { min: 72, max: 1200 },
  /** Bytes; 1 KB = 1000 bytes and 1 MB = 1,000,000 bytes, as the authorities' published limits count them. */
  maxBytes: { min: 50_000, max: 50_000_000 },
  minQuality: { min: 10, max: 90 },
  watermarkText: { max: 30 },
} as const;

const L = IMAGE_PROFILE_LABELS;
const LIM = IMAGE_PROFILE_LIMITS;

const intIn = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ error: missingOr(label, '请填写', '数字') })
    .min(min, `${label}不能小于 ${min}${unit}`)
    .max(max, `${label}不能大于 ${max}${unit}`)
    // refine, not .int(): zod reports .int() as an invalid type, which reads as an empty field.
    .refine(Number.isInteger, `${label}应为整数`);

export const DEFAULT_WATERMARK_TEXT = '仅供备案使用';

export const watermarkSchema = z
  .object({
    enabled: z.boolean().default(false),
    text: z
      .string()
      .trim()
      .max(LIM.watermarkText.max, `${L.watermarkText}不能超过${LIM.watermarkText.max}个字`)
      .refine((t) => ![...t].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f), `${L.watermarkText}不能含换行或控制字符`)
      .default(DEFAULT_WATERMARK_TEXT),
  })
  .superRefine((w, ctx) => {
    if (w.enabled && w.text === '') ctx.addIssue({ code: 'custom', path: ['text'], message: `开启水印时请填写${L.watermarkText}` });
  });

export const imageProfileSchema = z.object({
  longEdge: intIn(L.longEdge, LIM.longEdge.min, LIM.longEdge.max, ' 像素').default(2480),
  dpi: intIn(L.dpi, LIM.dpi.min, LIM.dpi.max, ' dpi').default(300),
  maxBytes: intIn(L.maxBytes, LIM.maxBytes.min, LIM.maxBytes.max, ' 字节').default(1_000_000),
  minQuality: intIn(L.minQuality, LIM.minQuality.min, LIM.minQuality.max).default(50),
  watermark: watermarkSchema.default({ enabled: false, text: DEFAULT_WATERMARK_TEXT }),
});
export type ImageProfile = z.output<typeof imageProfileSchema>;
export type ImageProfileInput = z.input<typeof imageProfileSchema>;

export const DEFAULT_IMAGE_PROFILE: ImageProfile = Object.freeze({
  longEdge: 2480,
  dpi: 300,
  maxBytes: 1_000_000,
  minQuality: 50,
  watermark: Object.freeze({ enabled: false, text: DEFAULT_WATERMARK_TEXT }),
}) as ImageProfile;

/** The text drawn on the image: "仅供备案使用 2026-11-24". */
export function watermarkLine(text: string, date: string): string {
  return `${text.trim()} ${date}`.trim();
}

/** "1 MB", "800 KB", "1.5 MB" — decimal units, as the profile counts them. */
export function formatBytesLimit(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(2))} MB`;
  return `${Number((bytes / 1000).toFixed(1))} KB`;
}
