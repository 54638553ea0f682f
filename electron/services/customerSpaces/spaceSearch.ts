// customerSpaces.search: a scan of the in-memory index (spaceIndex.ts), then the page's rows read by id.
import type { z } from 'zod';
import type { customerSpaceMethods, SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { reportStatus } from '../../../shared/records/customerSpace';
import type { Store } from '../../storage/types';
import { serverLabel } from './serverLabels';
import type { IndexEntry } from './spaceIndex';
import { spaceIndex } from './spaceIndex';
import { readSpaceUnchecked } from './spaceRepository';

type SearchInput = z.output<(typeof customerSpaceMethods)['customerSpaces.search']['input']>;
type SearchOutput = z.output<(typeof customerSpaceMethods)['customerSpaces.search']['output']>;
type Bucket = '待报送' | '已逾期' | '已报送';

/** The words of a query as the index holds text: lower case, full-width folded, 。 as a dot. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .replace(/[。．｡]/gu, '.')
    .toLowerCase()
    .split(/\s+/u)
    .filter((t) => t !== '');
}

function bucket(e: IndexEntry, today: string): Bucket {
  if (e.reported) return '已报送';
  return today > e.deadline ? '已逾期' : '待报送';
}

export function searchSpaces(store: Store, input: SearchInput): SearchOutput {
  const today = input.today ?? todayInShanghai();
  const terms = queryTerms(input.query);
  const index = spaceIndex(store);
  const counts = { 全部: 0, 待报送: 0, 已逾期: 0, 已报送: 0 };
  const page: IndexEntry[] = [];
  const end = input.offset + input.limit;
  let total = 0;
  for (const e of index.entries) {
    if (input.serverId !== undefined && e.serverId !== input.serverId) continue;
    if (terms.length > 0 && !terms.every((t) => e.text.includes(t))) continue;
    const b = bucket(e, today);
    counts.全部++;
    counts[b]++;
    if (input.filter !== '全部' && input.filter !== b) continue;
    if (total >= input.offset && total < end) page.push(e);
    total++;
  }
  const rows = store.read((db) =>
    page.flatMap((e): SpaceRow[] => {
      const s = readSpaceUnchecked(db, e.id);
      if (!s) return [];
      const status = reportStatus(s, today);
      return [{ ...s, reportState: status.state, reportDeadline: status.deadline, serverLabel: serverLabel(db, s.serverId) }];
    }),
  );
  return { total, rows, counts };
}
