// 登记报送 (第十二条（三）): the chosen spaces, or every space with a report due, reported to the police on one day.
import type { Database } from 'sql.js';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { reportStatus } from '../../../shared/records/customerSpace';
import { one } from '../../storage/rows';
import type { Store } from '../../storage/types';
import { spaceIndex } from './spaceIndex';
import { readSpace } from './spaceRepository';
import { spacesChanged, writeReportedOn } from './spaceWriter';

export interface MarkReportedInput {
  ids?: string[] | undefined;
  allPending: boolean;
  reportedOn: string;
  /** Only spaces not changed after this instant (ISO): those a package generated then carried. */
  asOf?: string | undefined;
}

function changedAfter(db: Database, id: string, instant: string): boolean {
  const row = one<{ updatedAt: string }>(db, "SELECT updated_at AS updatedAt FROM record WHERE kind = 'customerSpace' AND id = ?", [id]);
  return row !== undefined && row.updatedAt > instant;
}

export async function markReported(store: Store, input: MarkReportedInput, today = todayInShanghai()): Promise<{ updated: number }> {
  const { reportedOn } = input;
  if (reportedOn > today) throw new ApiError('VALIDATION', '报送日期不能晚于今天', 'reportedOn');
  const ids = input.allPending ? spaceIndex(store).entries.filter((e) => !e.reported).map((e) => e.id) : (input.ids ?? []);
  if (!input.allPending && ids.length === 0) throw new ApiError('VALIDATION', '请选择要登记报送的客户空间', 'ids');
  try {
    return await store.mutate((tx) => {
      let updated = 0;
      for (const id of ids) {
        const space = readSpace(tx.db, id);
        if (!space) throw new ApiError('NOT_FOUND', '所选客户空间中有已被删除的，请刷新列表后重试');
        if (space.openedOn > reportedOn) {
          // Opened after that report: it cannot have been in it.
          if (input.allPending) continue;
          throw new ApiError('VALIDATION', `空间 ${space.spaceCode} 的开通日期晚于报送日期，不能登记为已报送`, 'reportedOn');
        }
        if (input.allPending && reportStatus(space, reportedOn).deadline === '') continue;
        // Changed after the package was made: what the police got is not what is stored now.
        if (input.asOf !== undefined && changedAfter(tx.db, id, input.asOf)) continue;
        if (space.reportedOn === reportedOn) continue;
        writeReportedOn(tx, space, reportedOn);
        updated++;
      }
      return { updated };
    });
  } finally {
    spacesChanged(store);
  }
}
