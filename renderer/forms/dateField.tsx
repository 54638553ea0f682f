import { DatePicker, type DatePickerProps } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';

export const DATE_FORMAT = 'YYYY-MM-DD';
export const MONTH_FORMAT = 'YYYY-MM';
/** China Standard Time wall clock, as the records store it (cstDateTimeSchema). */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

export interface StringDatePickerProps extends Omit<DatePickerProps, 'value' | 'defaultValue' | 'onChange' | 'onOk' | 'format' | 'multiple'> {
  /** The date as the records keep it, in `format`; '' or absent for none. */
  value?: string | null;
  onChange?: (value: string) => void;
  /** How the value is kept, typed and shown. */
  format: string;
}

/**
 * A DatePicker whose value is the string the records keep (the form, the draft and the API hold strings,
 * never dates), so a Form.Item can hold it directly. Enter confirms the typed date; it must not also submit
 * the surrounding form (the browser's implicit submission), which would save a half-filled record.
 */
export function StringDatePicker({ value, onChange, format, ...props }: StringDatePickerProps) {
  // The picker throws away what is being typed whenever it is handed a new date object, even an equal one:
  // one made afresh on every render lost the user's typing each time an answer arrived and re-rendered.
  const day = useMemo(() => (value ? dayjs(value, format) : null), [value, format]);
  return (
    <DatePicker
      {...props}
      format={format}
      value={day}
      onChange={(d) => onChange?.(d ? d.format(format) : '')}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}

/** A date typed or picked as YYYY-MM-DD. */
export function IsoDatePicker(props: Omit<StringDatePickerProps, 'format'>) {
  return <StringDatePicker format={DATE_FORMAT} placeholder="YYYY-MM-DD" {...props} />;
}

/** A month typed or picked as YYYY-MM; there is always one. */
export function MonthPicker(props: Omit<StringDatePickerProps, 'format' | 'picker'>) {
  return <StringDatePicker picker="month" format={MONTH_FORMAT} allowClear={false} style={{ width: 130 }} {...props} />;
}

/**
 * A date and time typed or picked as YYYY-MM-DD HH:mm. The picked wall-clock time is the time in China: it is
 * kept exactly as shown, never converted by zone.
 */
export function DateTimePicker(props: Omit<StringDatePickerProps, 'format'>) {
  return <StringDatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} placeholder="YYYY-MM-DD HH:mm" needConfirm={false} style={{ width: 220 }} {...props} />;
}
