import { useEffect, useState } from 'react';
import type { AttachmentMeta } from '../../../shared/records/attachment';
import { api, errorMessage } from '../../api/client';

export type ScanVariant = 'thumbnail' | 'preview';

export interface ScanImage {
  url: string;
  meta: AttachmentMeta;
}

// Thumbnails are small (a few KB) and shown again on every list: keep the most recent few hundred.
const THUMBNAIL_CACHE_LIMIT = 300;
const thumbnails = new Map<string, Promise<ScanImage>>();

function fetchImage(sha256: string, variant: ScanVariant): Promise<ScanImage> {
  return api['attachments.get']({ sha256, variant }).then((r) => ({ url: `data:${r.mime};base64,${r.dataBase64}`, meta: r.meta }));
}

function loadImage(sha256: string, variant: ScanVariant): Promise<ScanImage> {
  if (variant === 'preview') return fetchImage(sha256, variant);
  let pending = thumbnails.get(sha256);
  if (!pending) {
    pending = fetchImage(sha256, variant);
    pending.catch(() => thumbnails.delete(sha256));
    thumbnails.set(sha256, pending);
    if (thumbnails.size > THUMBNAIL_CACHE_LIMIT) thumbnails.delete(thumbnails.keys().next().value!);
  }
  return pending;
}

export type ScanImageState = { state: 'loading' } | { state: 'ready'; image: ScanImage } | { state: 'error'; message: string };

/** A scan's thumbnail or preview as a data: URL (the CSP allows data: images). */
export function useScanImage(sha256: string | null, variant: ScanVariant): ScanImageState {
  const [result, setResult] = useState<{ key: string; value: ScanImageState } | null>(null);
  const key = `${variant}:${sha256 ?? ''}`;
  useEffect(() => {
    if (!sha256) return;
    let live = true;
    loadImage(sha256, variant).then(
      (image) => live && setResult({ key, value: { state: 'ready', image } }),
      (err: unknown) => live && setResult({ key, value: { state: 'error', message: errorMessage(err) } }),
    );
    return () => {
      live = false;
    };
  }, [sha256, variant, key]);
  return result && result.key === key ? result.value : { state: 'loading' };
}
