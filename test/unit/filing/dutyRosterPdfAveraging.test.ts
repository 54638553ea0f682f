// 03 值班表's 工时统计 says which working-time system its reminders follow: the standard one, or the unit's approved
// 综合计算工时工作制 with its period and sources. Read back with pdftotext.
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build } from '../../../electron/filing/pdfs/dutyRosterPdf';
import type { FilingRecords } from '../../../electron/filing/records';
import { renderLayout } from '../../../electron/pdf';
import { PdfFile } from '../pdf/poppler';

function records(averagingPeriod: string | null): FilingRecords {
  return {
    unit: { name: '厦门测试单位' },
    people: [{ id: 'p1', name: '陈值班', roles: ['值班人员'], mobile: '13900000001' }],
    dutyPolicy: null,
    dutyRoster: {
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-31',
      settings: { dutyPhone: '0592-5551234', shifts: [], rotation: ['p1'], rotationStart: '2026-12-01', pattern: null, averagingPeriod, logInPackage: false, updatedAt: '' },
      slots: [],
      lines: [],
      problems: [],
      workTime: {
        month: '2026-12',
        balance: [{ personId: 'p1', shifts: 31, hours: 248, nightHours: 0, restDays: 0, weekendShifts: 8 }],
        reminders: [{ personId: 'p1', kind: 'average', source: '劳部发〔1994〕503号第五条、劳社部发〔2008〕3号', text: '2026年第四季度（10-01至12-31）排班 501 小时，超过综合计算工时（按季）的法定标准 500 小时' }],
        teamSize: null,
      },
    },
  } as unknown as FilingRecords;
}

async function text(r: FilingRecords): Promise<string> {
  const { bytes } = await renderLayout(build(r, { month: '2026-12', generatedAt: new Date('2026-12-20T10:00:00+08:00') }));
  if (process.env.DUTY_ROSTER_PDF_OUT && r.dutyRoster.settings?.averagingPeriod) writeFileSync(process.env.DUTY_ROSTER_PDF_OUT, bytes);
  const file = new PdfFile(bytes);
  try {
    return file.text().replace(/\s+/g, '');
  } finally {
    file.close();
  }
}

describe('03 值班表: 工时统计 under 综合计算工时工作制', () => {
  it('names the period, its standard and the sources; the standard system otherwise', async () => {
    const q = await text(records('quarter'));
    expect(q).toContain('按经批准的综合计算工时工作制（以季为周期，周期标准500小时）核算，参照劳部发〔1994〕503号第五条、劳社部发〔2008〕3号');
    expect(q).toContain('超过综合计算工时（按季）的法定标准500小时');
    const std = await text(records(null));
    expect(std).toContain('参照国务院《关于职工工作时间的规定》第三条、《劳动法》第三十八条和第四十一条');
  });
});
