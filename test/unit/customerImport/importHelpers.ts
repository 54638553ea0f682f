import type { ImportPreview, ImportProgress, ImportResult } from '../../../shared/records/customerImport';
import type { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

type Api = ReturnType<typeof apiOnTempWorkspace>;

export async function preview(api: Api, name: string, bytes: Buffer): Promise<ImportPreview> {
  return api.ok<ImportPreview>('customerSpaces.importPreview', { name, dataBase64: bytes.toString('base64') });
}

export async function waitForJob(api: Api, jobId: string): Promise<ImportProgress> {
  for (let i = 0; i < 2000; i++) {
    const p = await api.ok<ImportProgress>('customerSpaces.importProgress', { jobId });
    if (p.result || p.error) return p;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('import job did not finish');
}

/** Preview, then run with the suggested mapping; the finished job's result. */
export async function importFile(api: Api, name: string, bytes: Buffer, dryRun = false): Promise<{ result: ImportResult; jobId: string; preview: ImportPreview }> {
  const p = await preview(api, name, bytes);
  const { jobId } = await api.ok<{ jobId: string }>('customerSpaces.importRun', { importId: p.importId, mapping: p.suggestedMapping, dryRun });
  const done = await waitForJob(api, jobId);
  if (!done.result) throw new Error(`import failed: ${done.error?.message}`);
  return { result: done.result, jobId, preview: p };
}

export async function spaceCount(api: Api): Promise<number> {
  return (await api.ok<{ total: number }>('customerSpaces.search', {})).total;
}

export async function auditCount(api: Api): Promise<number> {
  return (await api.ok<unknown[]>('audit.list', { limit: 10000 })).length;
}
