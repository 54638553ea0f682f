// customerSpaces.search: a scan of the in-memory index (spaceIndex.ts), then the page's rows read by id.
import type { z } from 'zod';
import type { customerSpaceMethods, SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { reportStatus } from '../../../shared/records/customerSpace';
import type { Store } from '../../storage/types';
import { serverLabel } from './serverLabels';
import type { IndexEntry } from './spaceIndex';
import { dayNumber, spaceIndex } from './spaceIndex';
import { readSpaceUnchecked } from './spaceRepository';

type SearchInput = z.output<(typeof customerSpaceMethods)['customerSpaces.search']['input']>;
type SearchOutput = z.output<(typeof customerSpaceMethods)['customerSpaces.search']['output']>;

// The filters as numbers in the scan (待报送 includes 变更待报送, 已逾期 includes 变更已逾期). ANY is every
// space in service; ENDED (退租) spaces show only under their own filter.
const PENDING = 0;
const OVERDUE = 1;
const REPORTED = 2;
const ENDED = 3;
const ANY = 4;

/** The words of a query as the index holds text: lower case, full-width folded, 。 as a dot. */
export function queryTerms(query: string): string[] {
  return query
    .normalize('NFKC')
    .replace(/[。．｡]/gu, '.')
    .toLowerCase()
    .replace(/[\u0000-\u001f]/gu, ' ')
    .split(/\s+/u)
    .filter((t) => t !== '');
}

export function searchSpaces(store: Store, input: SearchInput): SearchOutput {
  const today = input.today ?? todayInShanghai();
  const terms = queryTerms(input.query);
  const index = spaceIndex(store);
  const wanted = { 待报送: PENDING, 已逾期: OVERDUE, 已报送: REPORTED, 已退租: ENDED, 全部: ANY }[input.filter];
  const todayNumber = dayNumber(today);
  const counted = [0, 0, 0, 0];
  const page: IndexEntry[] = [];
  const end = input.offset + input.limit;
  let all = 0;
  let total = 0;
  for (const e of index.matching(terms)) {
    if (input.serverId !== undefined && e.serverId !== input.serverId) continue;
    const state = e.endedOn !== '' ? ENDED : e.reported ? REPORTED : todayNumber > e.deadline ? OVERDUE : PENDING;
    if (state !== ENDED) all++;
    counted[state]!++;
    if (wanted === ANY ? state === ENDED : wanted !== state) continue;
    if (total >= input.offset && total < end) page.push(e);
    total++;
  }
  const counts = { 全部: all, 待报送: counted[PENDING]!, 已逾期: counted[OVERDUE]!, 已报送: counted[REPORTED]!, 已退租: counted[ENDED]! };
  const rows = store.read((db) =>
    page.flatMap((e): SpaceRow[] => {
      const stored = readSpaceUnchecked(db, e.id);
      if (!stored) return [];
      const s = { ...stored, endedOn: stored.endedOn ?? '' };
      const status = reportStatus(s, today);
      return [{ ...s, reportState: status.state, reportDeadline: status.deadline, serverLabel: serverLabel(db, s.serverId) }];
    }),
  );
  return { total, rows, counts };
}
