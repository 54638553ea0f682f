/** What a scan may be (issue 3): at most 40 MB and 100 megapixels. */
export const MAX_ATTACHMENT_BYTES = 40 * 1024 * 1024;
export const MAX_ATTACHMENT_PIXELS = 100_000_000;

/** Long edge of the cached renditions, in pixels. */
export const THUMBNAIL_EDGE = 240;
export const PREVIEW_EDGE = 1600;

/** Unused scans are kept this long, so a fresh upload whose form is not yet saved survives a restart. */
export const UNUSED_GRACE_MS = 24 * 60 * 60 * 1000;

/** Rounded up, so a file just over the limit never reads as exactly the limit. */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
}
