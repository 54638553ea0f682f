// 07 安全事件登记表: every incident with its 涉及服务器 (案件 included); a row running onto the next page repeats its
// 发生时间 / 类别 with （续）. Read back with pdftotext.
import { describe, expect, it } from 'vitest';
import { build } from '../../../electron/filing/pdfs/incidentRegister';
import type { FilingRecords } from '../../../electron/filing/records';
import { renderLayout } from '../../../electron/pdf';
import type { StoredIncident } from '../../../shared/records/incident';
import { PdfFile } from '../pdf/poppler';

const incident = (over: Partial<StoredIncident>): StoredIncident =>
  ({ id: 'i', occurredAt: '2026-11-03 08:00', kind: '事件', title: '端口扫描', description: '防火墙记录到端口扫描', measures: '封禁', serverId: '', reportedAt: '', reportedTo: '', ...over }) as StoredIncident;

describe('07 安全事件登记表', () => {
  it('lists 事件 and 案件 with 涉及服务器; a long row continues with 发生时间 / 类别（续）', async () => {
    const long = Array.from({ length: 90 }, (_, i) => `第${i + 1}段：网页被篡改后的处置经过与取证记录。`).join('\n');
    const records = {
      unit: { name: '厦门测试单位' },
      changeReport: { month: '2026-11', periodStart: '2026-11-01', periodEnd: '2026-11-30', sections: [], counts: { added: 0, changed: 0, removed: 0 }, previous: null, fromAuditId: 0, toAuditId: 0 },
      serverLabels: new Map([['srv-1', 'XM-SRV-0001 / web1.example.com']]),
      incidents: [
        incident({ id: 'a', title: '端口扫描' }),
        incident({ id: 'b', occurredAt: '2026-11-20 21:30', kind: '案件', title: '网页被篡改', description: long, serverId: 'srv-1', reportedAt: '2026-11-20 22:00', reportedTo: '思明分局网安大队' }),
      ],
    } as unknown as FilingRecords;
    const file = new PdfFile((await renderLayout(build(records, { month: '2026-11', generatedAt: new Date('2026-12-02T10:00:00+08:00') }))).bytes);
    try {
      const pages = Number(file.info().Pages);
      expect(pages).toBeGreaterThan(1);
      const first = file.text(1);
      expect(first).toContain('涉及服务器');
      expect(first).toContain('XM-SRV-0001');
      expect(first).toMatch(/2026-11-20[^\n]*案件/);
      expect(first).not.toContain('（续）');
      const second = file.text(2);
      expect(second).toContain('涉及服务器'); // header repeated
      expect(second).toContain('案件');
      expect(second.match(/（续/g)?.length).toBeGreaterThanOrEqual(2);
      expect(second).toContain('21:30（续）');
    } finally {
      file.close();
    }
  });
});
