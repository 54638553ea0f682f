import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export const DATE_FORMAT = 'YYYY-MM-DD';

/** Form.Item props that keep a DatePicker's value as a YYYY-MM-DD string in the form (and the draft). */
export const isoDateProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, DATE_FORMAT) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format(DATE_FORMAT) : ''),
};

/**
 * A date typed or picked as YYYY-MM-DD. Enter confirms the typed date; it must not also submit the
 * surrounding form (the browser's implicit submission), which would save a half-filled record.
 */
export function IsoDatePicker(props: DatePickerProps) {
  return (
    <DatePicker
      format={DATE_FORMAT}
      placeholder="YYYY-MM-DD"
      {...props}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
