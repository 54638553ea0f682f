// 00 材料清单's layout: however long the lists above it, the receipt box (受理回执) never stands alone on a page,
// its own row states its real page count, and every page's footer names it.
import { describe, expect, it } from 'vitest';
import type { Op } from '../../../electron/pdf/document';
import { layoutMaterialsList, type MaterialsListInput } from '../../../electron/filing/pdfs/materialsList';

const texts = (ops: Op[]) => ops.flatMap((op) => (op.kind === 'text' ? [op.text] : []));

function input(reminders: number): MaterialsListInput {
  return {
    unit: { name: '厦门演示数据科技有限公司（演示）', creditCode: '91350200MA2Y8K3L0G' },
    generatedAt: new Date('2026-12-06T21:05:09+08:00'),
    dutyRosterMonth: '2026-12',
    reportPeriod: { month: '2026-11', from: '2026-11-01', to: '2026-11-30' },
    files: Array.from({ length: 12 }, (_, i) => ({ path: `images/0${i}_扫描件.jpg`, title: `扫描件 ${i}`, articles: ['第九条（二）'], extent: '图片 1 张', sha256: 'ab'.repeat(32) })),
    reminders: Array.from({ length: reminders }, (_, i) => ({ article: '第十三条（二）', text: `提醒第 ${i + 1} 项：本月值班记录未填写完整（演示）` })),
    forcedOverrides: [],
  };
}

describe('00 材料清单 layout', () => {
  it('keeps the receipt box with its heading for every length of the reminder list, and states its own page count', () => {
    const pageCounts = new Set<number>();
    for (let n = 0; n <= 40; n++) {
      const first = layoutMaterialsList(input(n), 1);
      const doc = layoutMaterialsList(input(n), first.pages.length);
      const pages = doc.finish();
      pageCounts.add(pages.length);
      const at = pages.findIndex((ops) => texts(ops).includes('受理单位：'));
      expect(at, `${n} reminders`).toBeGreaterThanOrEqual(0);
      expect(texts(pages[at]!), `${n} reminders`).toEqual(expect.arrayContaining(['四、受理回执（由受理单位填写）']));
      expect(texts(pages[0]!)).toContain(`${pages.length} 页`);
      pages.forEach((ops, i) => expect(texts(ops)).toContain(`00 材料清单 · 第 ${i + 1} 页 / 共 ${pages.length} 页`));
    }
    expect(pageCounts.size).toBeGreaterThan(1); // the lists did push the receipt across page boundaries
  });
});
