import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import { cycleText, PATTERN_TEMPLATES, patternTemplate, REST, REST_LABEL, type ShiftTemplateKey } from '../../../shared/dutyRoster';
import type { RotationPattern } from '../../../shared/records/dutyRoster';
import type { ShiftRow } from './settingsForm';

const FIXED = 'fixed';
const CUSTOM = 'custom';

const MODE_OPTIONS = [
  { value: FIXED, label: '依次轮换（按轮换顺序逐个班次轮流）' },
  ...PATTERN_TEMPLATES.map((t) => ({ value: t.key, label: `${t.label}，${t.people}人` })),
  { value: CUSTOM, label: '自定义周期' },
];

/**
 * 轮班模式: 依次轮换 (the rotation walks the shifts one by one), a template (which also sets its 班次), or a custom
 * cycle of days, each a 班次 or 休. Person i of n starts ⌊i·周期/n⌋ days into the cycle.
 */
export function PatternField({
  id,
  value,
  onChange,
  shifts,
  onTemplate,
}: {
  id?: string;
  value?: RotationPattern | null;
  onChange?: (value: RotationPattern | null) => void;
  shifts: ShiftRow[];
  /** A template was chosen: its 班次 replace the form's. */
  onTemplate(shifts: ShiftTemplateKey): void;
}) {
  const pattern = value ?? null;
  const mode = pattern === null ? FIXED : patternTemplate(pattern.template) ? pattern.template : CUSTOM;
  const dayOptions = [...shifts.filter((s) => s.name.trim()).map((s) => ({ value: s.id, label: s.name.trim() })), { value: REST, label: REST_LABEL }];

  const onMode = (next: string) => {
    if (next === FIXED) return onChange?.(null);
    const t = patternTemplate(next);
    if (t) {
      onTemplate(t.shifts);
      return onChange?.({ template: t.key, cycle: [...t.cycle] });
    }
    const start = pattern?.cycle.length ? pattern.cycle : [...shifts.map((s) => s.id), REST];
    onChange?.({ template: CUSTOM, cycle: [...start] });
  };
  const setDay = (i: number, v: string) => onChange?.({ template: CUSTOM, cycle: pattern!.cycle.map((c, j) => (j === i ? v : c)) });
  const removeDay = (i: number) => onChange?.({ template: CUSTOM, cycle: pattern!.cycle.filter((_, j) => j !== i) });
  const addDay = () => onChange?.({ template: CUSTOM, cycle: [...pattern!.cycle, REST] });

  return (
    <Flex vertical gap={8}>
      <Select id={id} value={mode} onChange={onMode} options={MODE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} style={{ maxWidth: 420 }} />
      {pattern && mode !== CUSTOM ? <Typography.Text type="secondary">每人按周期轮转：{cycleText(pattern.cycle, shifts)}</Typography.Text> : null}
      {pattern && mode === CUSTOM ? (
        <Flex vertical gap={4}>
          <ol className="duty-cycle-list" aria-label="轮班周期">
            {pattern.cycle.map((c, i) => (
              <li key={i}>
                <Flex align="center" gap={8}>
                  <span className="duty-cycle-day">第{i + 1}天</span>
                  <Select aria-label={`第${i + 1}天`} value={c} onChange={(v: string) => setDay(i, v)} options={dayOptions} showSearch={{ optionFilterProp: 'label' }} style={{ width: 140 }} />
                  <Button
                    size="small"
                    type="text"
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`删除第${i + 1}天`}
                    disabled={pattern.cycle.length <= 1}
                    onClick={() => removeDay(i)}
                  />
                </Flex>
              </li>
            ))}
          </ol>
          <Button size="small" icon={<PlusOutlined aria-hidden />} onClick={addDay} style={{ alignSelf: 'flex-start' }}>
            添加一天
          </Button>
          <Typography.Text type="secondary">周期：{cycleText(pattern.cycle, shifts)}</Typography.Text>
        </Flex>
      ) : null}
    </Flex>
  );
}
