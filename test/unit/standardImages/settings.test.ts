import { describe, expect, it } from 'vitest';
import { DEFAULT_IMAGE_PROFILE, type ImageProfile } from '../../../shared/records/imageProfile';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

describe('settings.get / settings.save (the image profile, kept in the workspace)', () => {
  const api = apiOnTempWorkspace();

  it('gives the defaults while nothing was saved', async () => {
    expect(await api.ok('settings.get', {})).toEqual({ imageProfile: DEFAULT_IMAGE_PROFILE });
  });

  it('saves durably: a reopened workspace (as the CLI or a restart sees it) has the new profile', async () => {
    const imageProfile: ImageProfile = { longEdge: 2000, dpi: 200, maxBytes: 800_000, minQuality: 60, watermark: { enabled: true, text: '仅供派出所备案' } };
    expect(await api.ok('settings.save', { imageProfile })).toEqual({ imageProfile });
    await api.reopen();
    expect(await api.ok('settings.get', {})).toEqual({ imageProfile });
  });

  it('fills omitted fields with their defaults and trims the watermark text', async () => {
    const saved = await api.ok<{ imageProfile: ImageProfile }>('settings.save', { imageProfile: { longEdge: 3000, watermark: { enabled: false, text: '  备案专用 ' } } });
    expect(saved.imageProfile).toEqual({ ...DEFAULT_IMAGE_PROFILE, longEdge: 3000, watermark: { enabled: false, text: '备案专用' } });
  });

  it('refuses out-of-range values with a Chinese message naming the field, and keeps the saved profile', async () => {
    const before = await api.ok('settings.get', {});
    const small = await api.refused('settings.save', { imageProfile: { ...DEFAULT_IMAGE_PROFILE, longEdge: 100 } });
    expect(small.field).toBe('imageProfile.longEdge');
    expect(small.message).toContain('长边上限（像素）不能小于 800');
    const fraction = await api.refused('settings.save', { imageProfile: { ...DEFAULT_IMAGE_PROFILE, dpi: 300.5 } });
    expect(fraction.message).toContain('分辨率（dpi）应为整数');
    const noText = await api.refused('settings.save', { imageProfile: { ...DEFAULT_IMAGE_PROFILE, watermark: { enabled: true, text: '   ' } } });
    expect(noText.field).toBe('imageProfile.watermark.text');
    expect(noText.message).toContain('开启水印时请填写水印文字');
    const quality = await api.refused('settings.save', { imageProfile: { ...DEFAULT_IMAGE_PROFILE, minQuality: 95 } });
    expect(quality.message).toContain('最低质量不能大于 90');
    expect(await api.ok('settings.get', {})).toEqual(before);
  });

  it('records every change in 变更记录 (audit), field by field', async () => {
    await api.ok('settings.save', { imageProfile: { ...DEFAULT_IMAGE_PROFILE, longEdge: 1800 } });
    const entries = await api.ok<{ entity: string; field: string; newValue: string | null }[]>('audit.list', { entity: 'settings' });
    expect(entries.some((e) => e.entity === 'settings' && e.field === 'longEdge' && e.newValue === '1800')).toBe(true);
  });
});
