import { describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { addDays } from '../../../shared/records/dates';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { residentId, space, type SavedSpace } from './fixtures';

interface Found {
  rows: (SavedSpace & { reportState: string })[];
  counts: Record<string, number>;
}

describe('customerSpaces.markReported', () => {
  const api = apiOnTempWorkspace();
  const today = todayInShanghai();
  const day = (n: number) => addDays(today, n);

  it('sets 报送日期 of the chosen spaces, audited as that one field', async () => {
    const a = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-40) }));
    const b = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-3), renterIdNumber: residentId(2) }));
    expect(await api.ok('customerSpaces.markReported', { ids: [a.id], reportedOn: day(-1) })).toEqual({ updated: 1 });
    expect((await api.ok<SavedSpace>('customerSpaces.get', { id: a.id })).reportedOn).toBe(day(-1));
    expect((await api.ok<SavedSpace>('customerSpaces.get', { id: b.id })).reportedOn).toBe('');

    const audit = await api.ok<{ entityId: string; field: string; oldValue: string | null; newValue: string | null }[]>('audit.list', { entity: 'customerSpace', limit: 1000 });
    const marked = audit.filter((r) => r.entityId === a.id && r.field === 'reportedOn');
    // Newest first: the report, then the creation of the space (empty 报送日期).
    expect(marked.map((r) => [r.oldValue, r.newValue])).toEqual([
      ['', day(-1)],
      [null, ''],
    ]);
    expect(audit.filter((r) => r.entityId === a.id && r.oldValue !== null).map((r) => r.field)).toEqual(['reportedOn']);
  });

  it('allPending reports every space with a report due that was open on that day', async () => {
    const later = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: today, renterIdNumber: residentId(3) }));
    const result = await api.ok<{ updated: number }>('customerSpaces.markReported', { allPending: true, reportedOn: day(-1) });
    // b (opened 3 days ago) is reported; a already was; the space opened today was not open on that day.
    expect(result.updated).toBe(1);
    const found = await api.ok<Found>('customerSpaces.search', {});
    expect(found.counts).toEqual({ 全部: 3, 待报送: 1, 已逾期: 0, 已报送: 2, 已退租: 0 });
    expect(found.rows.find((r) => r.id === later.id)?.reportState).toBe('待报送');
  });

  it('refuses a date in the future, before 开通日期, or no space chosen', async () => {
    const s = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: today, renterIdNumber: residentId(4) }));
    expect(await api.refused('customerSpaces.markReported', { ids: [s.id], reportedOn: day(1) })).toMatchObject({ code: 'VALIDATION', field: 'reportedOn' });
    const early = await api.refused('customerSpaces.markReported', { ids: [s.id], reportedOn: day(-1) });
    expect(early).toMatchObject({ code: 'VALIDATION', field: 'reportedOn' });
    expect(early.message).toContain(s.spaceCode);
    expect((await api.refused('customerSpaces.markReported', { ids: [], reportedOn: today })).field).toBe('ids');
    expect((await api.ok<SavedSpace>('customerSpaces.get', { id: s.id })).reportedOn).toBe('');
  });

  it('the form too: a 报送日期 after today is refused on its field; today is fine', async () => {
    const refused = await api.refused('customerSpaces.save', space({ openedOn: day(-5), reportedOn: day(1), renterIdNumber: residentId(31) }));
    expect(refused).toMatchObject({ code: 'VALIDATION', field: 'reportedOn', message: `报送日期 ${day(1)} 晚于今天，请填写实际报送公安机关的日期` });
    const saved = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-5), reportedOn: today, renterIdNumber: residentId(31) }));
    expect(saved.reportedOn).toBe(today);
  });
});

describe('customerSpaces.markReported after a package', () => {
  const api = apiOnTempWorkspace();
  const today = todayInShanghai();
  const day = (n: number) => addDays(today, n);

  it('asOf (a package\'s records instant) records only the spaces unchanged since: those the package carried', async () => {
    const carried = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-10), renterIdNumber: residentId(41) }));
    const changed = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-10), renterIdNumber: residentId(42) }));
    const asOf = new Date().toISOString();
    // The next change must carry a later instant than asOf: wait for the clock's next millisecond.
    while (new Date().toISOString() === asOf) await new Promise((r) => setImmediate(r));
    await api.ok('customerSpaces.save', { ...changed, renterPhone: '13800000042' });
    const added = await api.ok<SavedSpace>('customerSpaces.save', space({ openedOn: day(-10), renterIdNumber: residentId(43) }));

    expect(await api.refused('customerSpaces.markReported', { allPending: true, reportedOn: today, asOf: '昨天' })).toMatchObject({ code: 'VALIDATION', field: 'asOf' });
    const result = await api.ok<{ updated: number }>('customerSpaces.markReported', { allPending: true, reportedOn: today, asOf });
    const reportedOn = async (id: string) => (await api.ok<SavedSpace>('customerSpaces.get', { id })).reportedOn;
    expect(await reportedOn(carried.id)).toBe(today);
    expect(await reportedOn(changed.id)).toBe('');
    expect(await reportedOn(added.id)).toBe('');
    expect(result.updated).toBe(1);
  });
});
