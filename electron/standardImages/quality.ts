// Quality flags of a standard image (docs/ARCHITECTURE.md: under 800×600, too dark, overexposed, blurry), each a
// Chinese reason shown before export. Measured on the image as it will be delivered (after rotation,
// sRGB conversion and resizing, before the watermark), in greyscale, with sharp's stats().
//
// Thresholds, calibrated on the fixtures in test/unit/standardImages (a rendered text document, the
// same blurred, camera-like noise photos, dark and washed-out frames):
// - 过暗: mean luminance below 60 of 255;
// - 过曝: mean luminance above 235 with a standard deviation below 25 — bright AND little contrast left.
//   A clean white scan with black text is bright but keeps its contrast (std 40+), so it is not flagged;
// - 可能模糊: sharp's `sharpness` (the standard deviation of a Laplacian convolution of the greyscale
//   image) relative to the image's own contrast (its greyscale standard deviation) below 0.025, so a page
//   with little text is not taken for a blurred one. Measured: the sharp text scan 0.11, blurred σ = 1
//   0.047, σ = 1.5 0.032, σ = 2 0.021, σ = 3 0.011; camera-like noise 0.18–0.5. A featureless image
//   (standard deviation under 2: blank, a lens cap) is flagged too: nothing on it can be read.
import sharp from 'sharp';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 600;
export const DARK_MEAN = 60;
export const BRIGHT_MEAN = 235;
export const WASHED_OUT_STDEV = 25;
export const BLURRY_RELATIVE_SHARPNESS = 0.025;
export const FEATURELESS_STDEV = 2;

export const FLAG_SMALL = `分辨率低于${MIN_WIDTH}×${MIN_HEIGHT}`;
export const FLAG_DARK = '过暗';
export const FLAG_BRIGHT = '过曝';
export const FLAG_BLURRY = '可能模糊';

export interface QualityMeasures {
  width: number;
  height: number;
  /** Mean luminance 0–255. */
  mean: number;
  stdev: number;
  /** sharp's Laplacian-based sharpness estimate. */
  sharpness: number;
}

export async function measureQuality(raw: Buffer, info: { width: number; height: number; channels: 1 | 2 | 3 | 4 }): Promise<QualityMeasures> {
  const stats = await sharp(raw, { raw: info }).greyscale().stats();
  const grey = stats.channels[0]!;
  return { width: info.width, height: info.height, mean: grey.mean, stdev: grey.stdev, sharpness: stats.sharpness };
}

/**
 * The flags of an image. Small: either orientation counts (600×800 portrait is as good as 800×600
 * landscape), so the short edge is held to 600 and the long edge to 800.
 */
export function qualityFlags(m: QualityMeasures): string[] {
  const flags: string[] = [];
  if (Math.max(m.width, m.height) < MIN_WIDTH || Math.min(m.width, m.height) < MIN_HEIGHT) flags.push(FLAG_SMALL);
  if (m.mean < DARK_MEAN) flags.push(FLAG_DARK);
  else if (m.mean > BRIGHT_MEAN && m.stdev < WASHED_OUT_STDEV) flags.push(FLAG_BRIGHT);
  if (m.stdev < FEATURELESS_STDEV || m.sharpness / m.stdev < BLURRY_RELATIVE_SHARPNESS) flags.push(FLAG_BLURRY);
  return flags;
}
