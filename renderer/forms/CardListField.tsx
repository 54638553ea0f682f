import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

/**
 * A list field of a record form: one card a row, titled "成员 1", "成员 2"… with its own remove button,
 * and an add button below. `onChanged` follows every add and remove, so the draft keeps up.
 */
export function CardListField({
  name,
  label,
  extra,
  addText,
  newRow,
  onChanged,
  children,
}: {
  name: string;
  label: string;
  extra: ReactNode;
  addText: string;
  newRow(): unknown;
  onChanged(): void;
  /** A row's fields; `index` is its place in the list. */
  children(field: FormListFieldData, index: number): ReactNode;
}) {
  return (
    <Form.Item label={label} extra={extra}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field, i) => {
              const title = `${label} ${i + 1}`;
              return (
                <Card
                  key={field.key}
                  size="small"
                  role="group"
                  aria-label={title}
                  title={title}
                  extra={
                    <Button
                      size="small"
                      type="link"
                      danger
                      onClick={() => {
                        remove(field.name);
                        onChanged();
                      }}
                    >
                      移除{title}
                    </Button>
                  }
                >
                  {children(field, i)}
                </Card>
              );
            })}
            <div>
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => {
                  add(newRow());
                  onChanged();
                }}
              >
                {addText}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
