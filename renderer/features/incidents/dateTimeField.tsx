import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** China Standard Time wall clock, as the records store it (cstDateTimeSchema). */
export const DATE_TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/**
 * Form.Item props that keep a date-and-time picker's value as 'YYYY-MM-DD HH:mm' in the form. The picked
 * wall-clock time is the time in China: it is formatted back exactly as shown, never converted by zone.
 */
export const dateTimeProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, DATE_TIME_FORMAT) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format(DATE_TIME_FORMAT) : ''),
};

/** A date and time typed or picked as YYYY-MM-DD HH:mm; Enter confirms the typed value without submitting the form. */
export function DateTimePicker(props: DatePickerProps) {
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format={DATE_TIME_FORMAT}
      placeholder="YYYY-MM-DD HH:mm"
      needConfirm={false}
      style={{ width: 220 }}
      {...props}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
