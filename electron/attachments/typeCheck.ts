import { extensionOf } from './fileName';
import { claimedByExtension, detectImageType, type ImageType } from './imageType';
import { attachmentMessages } from './messages';

/**
 * The type of a file from its content, checked against what its name claims. Returns the type, or
 * the refusal message. An extension that says nothing about images (none, .dat) defers to the content.
 */
export function checkImageType(bytes: Uint8Array, fileName: string, shownName: string): ImageType | string {
  const detected = detectImageType(bytes);
  const claimed = claimedByExtension(extensionOf(fileName));
  if ('supported' in detected) {
    const actual = detected.supported;
    if (claimed && 'supported' in claimed && claimed.supported.kind !== actual.kind) {
      return attachmentMessages.notWhatNameSays(shownName, claimed.supported.label, `${actual.label} 图片`);
    }
    if (claimed && 'unsupported' in claimed) return attachmentMessages.notWhatNameSays(shownName, claimed.unsupported, `${actual.label} 图片`);
    return actual;
  }
  const format = 'unsupported' in detected ? detected.unsupported : undefined;
  if (claimed && 'supported' in claimed) return attachmentMessages.notWhatNameSays(shownName, claimed.supported.label, format);
  return attachmentMessages.unsupportedFormat(shownName, format);
}
