// 设置: the standard-image profile (docs/ARCHITECTURE.md, "Standard electronic images").
//
// docs/ARCHITECTURE.md puts the image profile among electron-store's preferences. It is kept in the workspace
// instead (record kind 'settings', id 'main'): the exported images depend on it, so it belongs with
// the records it shapes, and the command line (`beian export`) and the browser host must see the same
// profile as the desktop app — electron-store exists only inside Electron. Like every record it is
// saved durably and its changes go to the audit table (变更记录).
import type { Database } from 'sql.js';
import { z } from 'zod';
import { DEFAULT_IMAGE_PROFILE, imageProfileSchema, type ImageProfile } from '../../shared/records/imageProfile';
import { one, run } from '../storage/rows';
import type { Store } from '../storage/types';

const KIND = 'settings';
const ID = 'main';

export const storedSettingsSchema = z.object({ imageProfile: imageProfileSchema });
export interface Settings {
  imageProfile: ImageProfile;
}

/** A stored document read leniently: a field that no longer validates falls back to its default. */
function parseStored(data: unknown): Settings {
  const parsed = storedSettingsSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const raw = (data && typeof data === 'object' ? (data as { imageProfile?: Record<string, unknown> }).imageProfile : undefined) ?? {};
  const profile: Record<string, unknown> = { ...DEFAULT_IMAGE_PROFILE };
  for (const key of Object.keys(DEFAULT_IMAGE_PROFILE) as (keyof ImageProfile)[]) {
    const field = imageProfileSchema.shape[key].safeParse(raw[key]);
    if (field.success && raw[key] !== undefined) profile[key] = field.data;
  }
  return { imageProfile: imageProfileSchema.parse(profile) };
}

function copyDefaults(): Settings {
  return { imageProfile: imageProfileSchema.parse({}) };
}

function read(db: Database): Settings | null {
  const row = one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [KIND, ID]);
  return row ? parseStored(JSON.parse(row.data)) : null;
}

/** The settings; the defaults while nothing was saved. */
export function getSettings(store: Store): Settings {
  return store.read((db) => read(db)) ?? copyDefaults();
}

/** The image profile `beian export` and 导出备案材料 use. */
export function getImageProfile(store: Store): ImageProfile {
  return getSettings(store).imageProfile;
}

export function saveSettings(store: Store, settings: Settings): Promise<Settings> {
  return store.mutate((tx) => {
    const before = read(tx.db);
    const after: Settings = { imageProfile: imageProfileSchema.parse(settings.imageProfile) };
    const data = JSON.stringify(after);
    if (before) run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, KIND, ID]);
    else run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [KIND, ID, data, tx.now, tx.now]);
    tx.audit(KIND, ID, before ? flatten(before) : null, flatten(after));
    return after;
  });
}

/** One audit row per profile field (watermark.enabled, watermark.text …), as the forms name them. */
function flatten(s: Settings): Record<string, unknown> {
  const { watermark, ...rest } = s.imageProfile;
  return { ...rest, 'watermark.enabled': watermark.enabled, 'watermark.text': watermark.text };
}
