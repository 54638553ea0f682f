import dayjs, { type Dayjs } from 'dayjs';

/** Form.Item props that keep a DatePicker's value as a YYYY-MM-DD string in the form (and the draft). */
export const isoDateProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, 'YYYY-MM-DD') : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : ''),
};

export const DATE_FORMAT = 'YYYY-MM-DD';
