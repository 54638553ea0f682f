import { toASCII } from 'punycode/';
import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { PERSON_RENTER, UNIT_RENTER, VALID_USCC_2, residentId, space, type SavedSpace } from './fixtures';

interface Found {
  total: number;
  rows: (SavedSpace & { reportState: string; reportDeadline: string })[];
  counts: Record<'全部' | '待报送' | '已逾期' | '已报送', number>;
}

const TODAY = '2026-11-25';

describe('customerSpaces.search', () => {
  const api = apiOnTempWorkspace();
  const search = (input: Record<string, unknown>) => api.ok<Found>('customerSpaces.search', { today: TODAY, ...input });
  const codes = (f: Found) => f.rows.map((r) => r.spaceCode);

  it('finds by code, renter name, ID fragment and domain (Unicode or Punycode), sorted by code', async () => {
    // Saved out of order: the list is sorted by 空间编号.
    await api.ok('customerSpaces.save', space({ spaceCode: 'T-03', renterName: '王小明', renterIdNumber: residentId(31), openedOn: '2026-09-01' }));
    await api.ok('customerSpaces.save', space({ ...UNIT_RENTER, spaceCode: 'T-01', domains: [{ domain: '厦门.中国' }], openedOn: '2026-11-20' }));
    await api.ok('customerSpaces.save', space({ ...UNIT_RENTER, renterIdNumber: VALID_USCC_2, renterName: '鹭岛云有限公司', spaceCode: 'T-02', openedOn: '2026-10-01', reportedOn: '2026-10-05', domains: [{ domain: 'ludao.example.com' }] }));
    await api.ok('customerSpaces.save', space({ spaceCode: 'T-04', renterName: '赵示例', renterIdNumber: residentId(41), openedOn: '2026-10-26' }));

    expect(codes(await search({}))).toEqual(['T-01', 'T-02', 'T-03', 'T-04']);
    expect(codes(await search({ query: 't-0' }))).toEqual(['T-01', 'T-02', 'T-03', 'T-04']);
    expect(codes(await search({ query: 'T-03' }))).toEqual(['T-03']);
    expect(codes(await search({ query: '小明' }))).toEqual(['T-03']);
    expect(codes(await search({ query: residentId(31).slice(-5) }))).toEqual(['T-03']);
    expect(codes(await search({ query: VALID_USCC_2.slice(-6).toLowerCase() }))).toEqual(['T-02']);
    expect(codes(await search({ query: '厦门' }))).toEqual(['T-01']);
    expect(codes(await search({ query: toASCII('厦门.中国') }))).toEqual(['T-01']);
    expect(codes(await search({ query: 'xn--' }))).toEqual(['T-01']);
    expect(codes(await search({ query: 'ＬＵＤＡＯ' }))).toEqual(['T-02']);
    expect(codes(await search({ query: '鹭岛 ludao' }))).toEqual(['T-02']);
    expect(codes(await search({ query: '鹭岛 厦门' }))).toEqual([]);
    expect(codes(await search({ query: PERSON_RENTER.renterName }))).toEqual([]);
  });

  it('filters by 报送 state as of `today` and counts each filter for the query', async () => {
    // T-01 opened 11-20: 待报送; T-02 reported; T-03 opened 09-01: 已逾期; T-04 opened 10-26: due 11-25 = today, still 待报送.
    const all = await search({});
    expect(all.counts).toEqual({ 全部: 4, 待报送: 2, 已逾期: 1, 已报送: 1, 已退租: 0 });
    expect(all.rows.map((r) => [r.spaceCode, r.reportState, r.reportDeadline])).toEqual([
      ['T-01', '待报送', '2026-12-20'],
      ['T-02', '已报送', ''],
      ['T-03', '已逾期', '2026-10-01'],
      ['T-04', '待报送', '2026-11-25'],
    ]);
    expect(codes(await search({ filter: '待报送' }))).toEqual(['T-01', 'T-04']);
    expect(codes(await search({ filter: '已逾期' }))).toEqual(['T-03']);
    expect(codes(await search({ filter: '已报送' }))).toEqual(['T-02']);
    // A day later T-04 is overdue.
    expect(codes(await search({ filter: '已逾期', today: '2026-11-26' }))).toEqual(['T-03', 'T-04']);

    const some = await search({ query: '示例', filter: '已逾期' });
    expect(some.counts).toEqual({ 全部: 1, 待报送: 1, 已逾期: 0, 已报送: 0, 已退租: 0 });
    expect(some.total).toBe(0);
  });

  it('a change after the report counts as 待报送 (变更待报送), then 已逾期 after 30 days', async () => {
    const t02 = (await search({ query: 'T-02' })).rows[0]!;
    const { reportState: _s, reportDeadline: _d, serverLabel: _l, ...stored } = t02 as Found['rows'][number] & { serverLabel: string };
    await api.ok('customerSpaces.save', { ...stored, renterPhone: '0592-5550000', changedOn: '2026-11-01' });
    const pending = await search({ filter: '待报送' });
    expect(pending.rows.find((r) => r.spaceCode === 'T-02')).toMatchObject({ reportState: '变更待报送', reportDeadline: '2026-12-01' });
    const late = await search({ filter: '已逾期', today: '2026-12-02' });
    expect(late.rows.find((r) => r.spaceCode === 'T-02')?.reportState).toBe('变更已逾期');
  });

  it('pages with offset and limit; edits and removals show at once', async () => {
    const page = await search({ offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(codes(page)).toEqual(['T-02', 'T-03']);

    const t03 = (await search({ query: 'T-03' })).rows[0]!;
    await api.ok('customerSpaces.remove', { id: t03.id });
    expect(codes(await search({}))).toEqual(['T-01', 'T-02', 'T-04']);
    const t04 = (await search({ query: 'T-04' })).rows[0]!;
    await api.ok('customerSpaces.save', space({ id: t04.id, spaceCode: 'A-00', renterName: '赵示例', renterIdNumber: residentId(41), openedOn: '2026-10-26' }));
    expect(codes(await search({}))).toEqual(['A-00', 'T-01', 'T-02']);
    expect(codes(await search({ query: 'T-04' }))).toEqual([]);
    // Spaces changed since the index text was joined come back merged in code order with the rest.
    expect(codes(await search({ query: '-0' }))).toEqual(['A-00', 'T-01', 'T-02']);
    expect(codes(await search({ query: '赵示例' }))).toEqual(['A-00']);
  });

  it('after a restart the index is built again from the database', async () => {
    await api.reopen();
    expect(codes(await search({}))).toEqual(['A-00', 'T-01', 'T-02']);
    expect(codes(await search({ query: '厦门' }))).toEqual(['T-01']);
  });
});
