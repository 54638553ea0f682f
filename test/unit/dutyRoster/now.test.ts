import { describe, expect, it } from 'vitest';
import { cstToMinutes, generateSlots, instantToMinutes, nextHandover, onDutyAt, slotsToAssignments, templateShifts } from '../../../shared/dutyRoster';

describe('值班人员 now and the next handover (概览)', () => {
  const shifts = templateShifts('3x8');
  const slots = generateSlots({ from: '2026-12-04', to: '2026-12-06', shifts, rotation: ['A', 'B', 'C', 'D'], rotationStart: '2026-12-04' });
  const assignments = slotsToAssignments(slots, shifts);

  it('finds who is on duty at a CST minute, a shift including its start and excluding its end', () => {
    // 12-05: slots 3,4,5 → D early, A middle, B night (00:00–08:00)
    expect(onDutyAt(assignments, cstToMinutes('2026-12-05 07:59'))).toEqual(['B']);
    expect(onDutyAt(assignments, cstToMinutes('2026-12-05 08:00'))).toEqual(['D']);
    expect(onDutyAt(assignments, cstToMinutes('2026-12-05 23:59'))).toEqual(['A']);
    // from an instant: 2026-12-04 16:30 UTC is 2026-12-05 00:30 CST
    expect(onDutyAt(assignments, instantToMinutes(new Date('2026-12-04T16:30:00Z')))).toEqual(['B']);
    expect(onDutyAt(assignments, cstToMinutes('2026-12-09 12:00'))).toEqual([]);
  });

  it('gives the next handover after now', () => {
    expect(nextHandover(assignments, cstToMinutes('2026-12-05 07:59'))).toEqual({ at: '2026-12-05 08:00', minute: cstToMinutes('2026-12-05 08:00'), personIds: ['D'] });
    expect(nextHandover(assignments, cstToMinutes('2026-12-05 16:00'))!.at).toBe('2026-12-06 00:00');
    expect(nextHandover(assignments, cstToMinutes('2026-12-06 16:00'))).toBeNull();
  });
});
