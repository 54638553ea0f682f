import { datesInRange, cstToMinutes, dayStart, MINUTES_PER_DAY, minutesToCst } from '../../../shared/dutyRoster';
import type { DutyRosterView, RosterSlot } from '../../../shared/records/dutyRoster';
import { monthRange, todayCst, weekdayIndex, WEEKDAYS } from '../../calendarMonth';
import type { PeopleIndex } from './people';

/** The parts of the 未覆盖时段 that fall on each date, as 'HH:mm–HH:mm' (24:00 for the end of the day). */
export function gapsByDate(view: DutyRosterView): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const g of view.coverage.gaps) {
    let s = cstToMinutes(g.start);
    const e = cstToMinutes(g.end);
    while (s < e) {
      const date = minutesToCst(s).slice(0, 10);
      const dayEnd = dayStart(date) + MINUTES_PER_DAY;
      const pieceEnd = Math.min(e, dayEnd);
      const list = out.get(date) ?? [];
      list.push(`${minutesToCst(s).slice(11)}–${pieceEnd === dayEnd ? '24:00' : minutesToCst(pieceEnd).slice(11)}`);
      out.set(date, list);
      s = pieceEnd;
    }
  }
  return out;
}

export function slotPersonText(slot: RosterSlot, people: PeopleIndex): string {
  return people.name(slot.personId);
}

/** One slot as a button: the shift, the person's name on the person's colour; red when nobody holds it. */
export function SlotButton({ slot, people, onSelect }: { slot: RosterSlot; people: PeopleIndex; onSelect(slot: RosterSlot): void }) {
  const held = people.exists(slot.personId);
  const name = slotPersonText(slot, people);
  const changed = slot.overrideIds.length > 0;
  return (
    <button
      type="button"
      className={`duty-slot${held ? '' : ' duty-slot-empty'}`}
      style={held ? { borderInlineStartColor: people.color(slot.personId) } : undefined}
      aria-label={`${slot.date} ${slot.shiftName} ${name}${changed ? '（已调班）' : ''}`}
      title={`${slot.shiftName} ${slot.start.slice(11)}–${slot.end.slice(11)}`}
      onClick={() => onSelect(slot)}
    >
      <span className="duty-slot-shift">{slot.shiftName}</span>
      <span className="duty-slot-person">{name}</span>
      {changed ? <span className="duty-slot-mark" /> : null}
    </button>
  );
}

/** 月视图: a calendar grid, Monday first; each day lists its shifts and people, and its uncovered hours in red. */
export function MonthGrid({
  view,
  people,
  month,
  onSelect,
}: {
  view: DutyRosterView;
  people: PeopleIndex;
  month: string;
  onSelect(slot: RosterSlot): void;
}) {
  const { from, to } = monthRange(month);
  const dates = datesInRange(from, to);
  const slotsByDate = new Map<string, RosterSlot[]>();
  for (const s of view.slots) {
    const list = slotsByDate.get(s.date) ?? [];
    list.push(s);
    slotsByDate.set(s.date, list);
  }
  const gaps = gapsByDate(view);
  const today = todayCst();
  const cells: (string | null)[] = [...Array<null>(weekdayIndex(from)).fill(null), ...dates];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));

  return (
    <table className="duty-month" aria-label={`${month} 月视图`}>
      <thead>
        <tr>
          {WEEKDAYS.map((w) => (
            <th key={w} scope="col">
              周{w}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, wi) => (
          <tr key={wi}>
            {week.map((date, di) => {
              if (!date) return <td key={di} className="duty-day duty-day-outside" />;
              const slots = slotsByDate.get(date) ?? [];
              const dayGaps = gaps.get(date) ?? [];
              return (
                <td key={date} className={`duty-day${dayGaps.length > 0 ? ' duty-day-gap' : ''}${date === today ? ' duty-day-today' : ''}`}>
                  <div className="duty-day-number">
                    {Number(date.slice(8))}
                    {date === today ? <span className="duty-today">今天</span> : null}
                  </div>
                  {slots.map((s) => (
                    <SlotButton key={s.shiftId} slot={s} people={people} onSelect={onSelect} />
                  ))}
                  {slots.length === 0 ? <div className="duty-unscheduled">未排班</div> : null}
                  {dayGaps.map((g) => (
                    <div key={g} className="duty-gap">
                      未覆盖 {g}
                    </div>
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
