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
