import type { Page } from '@playwright/test';

/**
 * Seeds records through the running app's own API, exactly as the renderer calls it: window.beian in Electron,
 * POST /api/<method> with the page's token in the browser host. Resolves to the method's result.
 */
export async function seed(page: Page, method: string, input: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ method, input }) => {
      const w = window as unknown as { beian?: Record<string, (i: unknown) => Promise<{ ok: boolean; result?: unknown; error?: { message: string } }>> };
      let reply;
      if (w.beian) reply = await w.beian[method]!(input);
      else {
        const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? sessionStorage.getItem('beian.token') ?? '';
        const res = await fetch(`/api/${method}`, { method: 'POST', headers: { 'x-beian-token': token, 'content-type': 'application/json' }, body: JSON.stringify(input) });
        reply = await res.json();
      }
      if (!reply.ok) throw new Error(`${method}: ${reply.error?.message}`);
      return reply.result;
    },
    { method, input },
  );
}

/** Seeds 客户空间 one by one through customerSpaces.save (codes are given in this order); resolves to the stored spaces. */
export async function seedSpaces(page: Page, spaces: readonly unknown[]): Promise<{ id: string; spaceCode: string }[]> {
  const stored: { id: string; spaceCode: string }[] = [];
  for (const s of spaces) stored.push((await seed(page, 'customerSpaces.save', s)) as { id: string; spaceCode: string });
  return stored;
}

/**
 * Imports a CSV (UTF-8) of 客户空间 through the app's own import API with the suggested column mapping, and
 * waits for the job to finish. Resolves to the import's result (imported and rejected counts).
 */
export async function importCustomerCsv(page: Page, csv: string): Promise<{ imported: number; rejected: number }> {
  const preview = (await seed(page, 'customerSpaces.importPreview', { name: 'customers.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') })) as {
    importId: string;
    suggestedMapping: Record<string, number | null>;
  };
  const { jobId } = (await seed(page, 'customerSpaces.importRun', { importId: preview.importId, mapping: preview.suggestedMapping })) as { jobId: string };
  for (;;) {
    const progress = (await seed(page, 'customerSpaces.importProgress', { jobId })) as {
      phase: string;
      result?: { imported: number; rejected: number };
      error?: { message: string };
    };
    if (progress.error) throw new Error(`customerSpaces.importRun: ${progress.error.message}`);
    if (progress.phase === 'done' && progress.result) return progress.result;
    await page.waitForTimeout(100);
  }
}
