// Standard electronic images (docs/ARCHITECTURE.md, 第九条): normalizeImage makes one scan into a filing-ready JPEG;
// standardImageList names every scan the package holds.
export { densityFor, ID_CARD_WIDTH_MM, normalizeImage, qualitySteps, StandardImageError, type NormalizedImage } from './normalize';
export { standardImageList, standardFileName, safeNamePart, type StandardImageEntry, type ImageSourceRecords } from './naming';
export { FLAG_BLURRY, FLAG_BRIGHT, FLAG_DARK, FLAG_SMALL, measureQuality, qualityFlags } from './quality';
export { renderTextLine, watermarkTile } from './watermark';
