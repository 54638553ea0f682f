import type { ImageProblem } from './decode';
import { SUPPORTED_LIST, type ImageType } from './imageType';
import { formatMegabytes, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_PIXELS } from './limits';

// Every refusal names the file (「name」, already passed through displayName) and never its content.

const LIMIT_MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;
const LIMIT_PIXELS = `${MAX_ATTACHMENT_PIXELS / 100_000_000} 亿`;

export const HEIC_UNAVAILABLE = '此电脑无法解码 HEIC 图片，请先转换为 JPEG';

export const attachmentMessages = {
  empty: (name: string) => `「${name}」文件为空（0 字节），请重新选择`,
  tooLarge: (name: string, bytes: number) =>
    `「${name}」有 ${formatMegabytes(bytes)}，超过 ${LIMIT_MB} MB 的上限；请压缩或降低分辨率后再上传`,
  notWhatNameSays: (name: string, claimed: string, actual?: string) =>
    actual
      ? `「${name}」的内容不是 ${claimed} 图片（实际是 ${actual}），请改正扩展名后再上传`
      : `「${name}」的内容不是 ${claimed} 图片，可能已损坏或只是改了扩展名；请上传原始图片文件`,
  unsupportedFormat: (name: string, format?: string) =>
    `「${name}」${format ? `是 ${format} 文件` : '不是支持的图片格式'}；请上传 ${SUPPORTED_LIST} 图片`,
  damaged: (name: string) => `「${name}」已损坏或不完整，无法读取图片内容`,
  unsupportedVariant: (name: string, type: ImageType) =>
    `「${name}」是不支持的 ${type.label} 变体（如压缩的 BMP），请另存为 PNG 或 JPEG 后再上传`,
  tooManyPixels: (name: string, pixels?: { width: number; height: number }) =>
    pixels
      ? `「${name}」有 ${pixels.width}×${pixels.height} 像素（约 ${((pixels.width * pixels.height) / 100_000_000).toFixed(2)} 亿），超过 ${LIMIT_PIXELS}像素的上限；请缩小后再上传`
      : `「${name}」超过 ${LIMIT_PIXELS}像素的上限；请缩小后再上传`,
  heicUnavailable: (name: string) => `「${name}」：${HEIC_UNAVAILABLE}`,
};

export function problemMessage(problem: ImageProblem, name: string, type: ImageType): string {
  switch (problem.reason) {
    case 'too-many-pixels':
      return attachmentMessages.tooManyPixels(name, problem.pixels);
    case 'heic-unavailable':
      return attachmentMessages.heicUnavailable(name);
    case 'unsupported-variant':
      return attachmentMessages.unsupportedVariant(name, type);
    case 'damaged':
      return attachmentMessages.damaged(name);
  }
}
