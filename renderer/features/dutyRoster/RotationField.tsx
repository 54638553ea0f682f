import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Typography } from 'antd';
import type { StoredPerson } from '../../../shared/records/person';
import { indexPeople, personOptions } from './people';

/**
 * 轮换: an ordered choice of people. The order picked is the order they take the shifts; 上移 / 下移
 * change it. A person removed from 人员 stays listed (as 已删除的人员) until taken out, so nothing
 * changes behind the user's back.
 */
export function RotationField({
  id,
  value,
  onChange,
  people,
}: {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  people: StoredPerson[];
}) {
  const rotation = value ?? [];
  const index = indexPeople(people);
  const missing = rotation.filter((pid) => !index.exists(pid)).map((pid) => ({ value: pid, label: index.name(pid) }));
  const options = [...personOptions(people), ...(missing.length > 0 ? [{ label: '已删除', title: '已删除', options: missing }] : [])];

  const move = (i: number, delta: number) => {
    const next = [...rotation];
    const [item] = next.splice(i, 1);
    next.splice(i + delta, 0, item!);
    onChange?.(next);
  };

  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        mode="multiple"
        virtual={false}
        aria-required="true"
        placeholder="按值班顺序依次选择人员"
        options={options}
        value={rotation}
        onChange={(v: string[]) => onChange?.(v)}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ maxWidth: 560 }}
        notFoundContent="没有可选的人员：请先在“人员”页面登记"
      />
      {rotation.length > 0 ? (
        <ol className="duty-rotation-list" aria-label="轮换顺序">
          {rotation.map((pid, i) => {
            const name = index.name(pid);
            return (
              <li key={pid}>
                <Flex align="center" gap={8}>
                  <span className="duty-person-dot" style={{ background: index.color(pid) }} aria-hidden />
                  <Typography.Text type={index.exists(pid) ? undefined : 'danger'}>{name}</Typography.Text>
                  <Button size="small" type="text" icon={<ArrowUpOutlined aria-hidden />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`上移 ${name}`} />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined aria-hidden />}
                    disabled={i === rotation.length - 1}
                    onClick={() => move(i, 1)}
                    aria-label={`下移 ${name}`}
                  />
                </Flex>
              </li>
            );
          })}
        </ol>
      ) : null}
    </Flex>
  );
}
