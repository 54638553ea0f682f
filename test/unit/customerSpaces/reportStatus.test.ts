import { describe, expect, it } from 'vitest';
import { reportStatus } from '../../../shared/records/customerSpace';

// 第十二条（三）: customer information within 30 days of opening; a change within 30 days of the change.
describe('reportStatus: the 30-day boundaries', () => {
  const opened = { openedOn: '2026-01-31', reportedOn: '', changedOn: '' };

  it('not reported: day 30 after 开通日期 is in time, day 31 is overdue (across a month end)', () => {
    expect(reportStatus(opened, '2026-01-31')).toEqual({ state: '待报送', deadline: '2026-03-02' });
    expect(reportStatus(opened, '2026-03-02')).toEqual({ state: '待报送', deadline: '2026-03-02' });
    expect(reportStatus(opened, '2026-03-03')).toEqual({ state: '已逾期', deadline: '2026-03-02' });
  });

  it('leap year: opened 2028-02-10 is due 2028-03-11', () => {
    expect(reportStatus({ openedOn: '2028-02-10', reportedOn: '', changedOn: '' }, '2028-03-11').state).toBe('待报送');
    expect(reportStatus({ openedOn: '2028-02-10', reportedOn: '', changedOn: '' }, '2028-03-12').state).toBe('已逾期');
  });

  it('reported: nothing due, whatever the day', () => {
    expect(reportStatus({ ...opened, reportedOn: '2026-02-01' }, '2030-01-01')).toEqual({ state: '已报送', deadline: '' });
    // A change on or before the day of the report was in that report.
    expect(reportStatus({ ...opened, reportedOn: '2026-02-01', changedOn: '2026-02-01' }, '2030-01-01').state).toBe('已报送');
  });

  it('changed after the report: due 30 days after 信息变更日期', () => {
    const changed = { ...opened, reportedOn: '2026-02-01', changedOn: '2026-06-15' };
    expect(reportStatus(changed, '2026-07-15')).toEqual({ state: '变更待报送', deadline: '2026-07-15' });
    expect(reportStatus(changed, '2026-07-16')).toEqual({ state: '变更已逾期', deadline: '2026-07-15' });
  });
});
