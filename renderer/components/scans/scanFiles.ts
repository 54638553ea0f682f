/** What the file dialog offers; the main process decides from the content what is really accepted. */
export const SCAN_ACCEPT = 'image/*,.heic,.heif,.tif,.tiff,.bmp';

// The same limit and wording as electron/attachments (the API refuses these too); checked here first so
// a 0-byte or oversized file is not read and sent at all.
const MAX_BYTES = 40 * 1024 * 1024;

/** The refusal for a file that need not be read, or null. */
export function precheckScanFile(file: File): string | null {
  if (file.size === 0) return `「${file.name}」文件为空（0 字节），请重新选择`;
  if (file.size > MAX_BYTES) {
    const mb = (Math.ceil((file.size / 1024 / 1024) * 10) / 10).toFixed(1);
    return `「${file.name}」有 ${mb} MB，超过 40 MB 的上限；请压缩或降低分辨率后再上传`;
  }
  return null;
}

/**
 * The file's bytes as Base64. FileReader reads and encodes off the main thread; `onProgress` gets the
 * fraction read so far.
 */
export function readAsBase64(file: File, onProgress: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    reader.onerror = () => reject(new Error(`无法读取「${file.name}」，请确认文件仍在原处`));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
