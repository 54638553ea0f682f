import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import type { CallContext } from '../../../electron/api/handlers';
import type { ApiErrorShape } from '../../../shared/api/errors';
import type { AttachmentMeta } from '../../../shared/records/attachment';
import type { OpenOptions } from '../../../electron/storage/types';
import { tempWorkspace } from '../../support/tempWorkspace';

export type Added = AttachmentMeta & { duplicate: boolean };

/** A workspace with the API over it, and the calls the attachment tests make. */
export async function openHarness(options: OpenOptions = {}) {
  const ws = tempWorkspace('beian-attach-');
  const api: ApiHost = await openApiHost(ws.dir, options);
  const call = async <T>(method: string, input: unknown, ctx?: CallContext): Promise<T> => {
    const r = await api.dispatch(method, input, ctx);
    if (!r.ok) throw Object.assign(new Error(`${method} refused: ${r.error.message}`), { apiError: r.error });
    return r.result as T;
  };
  const refusal = async (method: string, input: unknown, ctx?: CallContext): Promise<ApiErrorShape> => {
    const r = await api.dispatch(method, input, ctx);
    if (r.ok) throw new Error(`${method} was expected to be refused`);
    return r.error;
  };
  const add = (name: string, bytes: Buffer) => call<Added>('attachments.add', { name, dataBase64: bytes.toString('base64') });
  const addRefused = (name: string, bytes: Buffer) => refusal('attachments.add', { name, dataBase64: bytes.toString('base64') });
  const get = async (sha256: string, variant: 'thumbnail' | 'preview' | 'original') => {
    const r = await call<{ meta: AttachmentMeta; mime: string; dataBase64: string }>('attachments.get', { sha256, variant });
    return { ...r, bytes: Buffer.from(r.dataBase64, 'base64') };
  };
  const attachmentsDir = path.join(ws.dir, 'attachments');
  /** Files directly in attachments/ (originals and temp files), sorted. */
  const originals = () =>
    readdirSync(attachmentsDir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  let closed = false;
  /** Closes the API (unless a test already did) and deletes the workspace. */
  const close = async () => {
    try {
      if (!closed) await api.close();
    } finally {
      closed = true;
      ws.remove();
    }
  };
  const closeApi = async () => {
    closed = true;
    await api.close();
  };
  return { dir: ws.dir, api, closeApi, call, refusal, add, addRefused, get, attachmentsDir, originals, close };
}

export type Harness = Awaited<ReturnType<typeof openHarness>>;
