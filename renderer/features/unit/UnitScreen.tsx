import { Alert, Card, Checkbox, Flex, Form, Input, Space, Spin, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { UNIT_LABELS, UNIT_ROLES } from '../../../shared/records/unit';
import { formatTime } from '../../format';
import { FormFooter } from '../../forms/FormFooter';
import { placeFieldError } from '../../forms/formChrome';
import { useDraftForm } from '../../forms/useDraftForm';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { joinArticles, ROLE_ARTICLES } from '../../regulation';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigation } from '../../store/navigation';
import { unitFieldRules } from './fieldRules';
import { completeValues, toFormValues, UNIT_FIELDS, useUnitStore, type UnitField, type UnitFormValues } from '../../store/unitStore';

function isUnitField(name: string): name is UnitField {
  return (UNIT_FIELDS as string[]).includes(name);
}

/** 单位类型: one checkbox per role, each with the articles it brings. */
function RolesField() {
  return (
    <Form.Item
      name="roles"
      label={UNIT_LABELS.roles}
      rules={unitFieldRules('roles')}
      validateTrigger={['onChange', 'onBlur']}
      extra="可多选；每种类型对应规定中的不同条款，后续的完整性检查据此列出应备材料。"
    >
      <Checkbox.Group role="group" aria-label={UNIT_LABELS.roles} style={{ display: 'block' }}>
        <Space orientation="vertical" size={6}>
          {UNIT_ROLES.map((role) => {
            const { articles, duty } = ROLE_ARTICLES[role];
            const descId = `unit-role-desc-${UNIT_ROLES.indexOf(role)}`;
            return (
              <Flex key={role} align="baseline" wrap gap={8}>
                <Checkbox value={role} aria-describedby={descId}>
                  {role}
                </Checkbox>
                <span id={descId}>
                  <Tag color="blue" variant="outlined">
                    {joinArticles(articles)}
                  </Tag>
                  <Typography.Text type="secondary">{duty}</Typography.Text>
                </span>
              </Flex>
            );
          })}
        </Space>
      </Checkbox.Group>
    </Form.Item>
  );
}

export function UnitScreen() {
  const { form, saved, loadState, loadError, draft, saving, lastSave, load, submitError, initialValues, onValuesChange, onFinish, onCancel } = useDraftForm(
    useUnitStore,
    {
      toFormValues,
      complete: completeValues,
      fields: UNIT_FIELDS,
      placeError: (form, err) => placeFieldError(form, err, UNIT_LABELS),
    },
  );
  const focusField = useNavigation((s) => s.focusField);
  const clearFocus = useNavigation((s) => s.clearFocus);

  useEffect(() => {
    if (!focusField || !isUnitField(focusField)) return;
    const timer = window.setTimeout(() => {
      form.focusField(focusField);
      clearFocus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [focusField, form, clearFocus]);

  return (
    <section>
      <ScreenHeader title="单位信息" articles={['第二条', '第三条', '第九条', '第十一条']}>
        备案登记的主体信息。保存后写入本机数据库，每次修改都记入变更记录（第十三条）。
      </ScreenHeader>

      {loadState === 'loading' && !saved ? (
        <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
          <Spin size="small" />
          <Typography.Text type="secondary">正在读取已保存的单位信息…</Typography.Text>
        </Flex>
      ) : null}
      {loadState === 'error' ? (
        <LoadErrorAlert title="未能读取已保存的单位信息" error={loadError} onRetry={() => void load()} style={{ margin: '12px 0' }} />
      ) : null}

      <Card style={{ marginTop: 16 }}>
        <Form<UnitFormValues>
          form={form}
          name="unit"
          layout="horizontal"
          labelCol={{ flex: '150px' }}
          labelWrap
          wrapperCol={{ flex: 1 }}
          style={{ maxWidth: 860 }}
          initialValues={initialValues}
          validateTrigger={['onBlur']}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
          scrollToFirstError={{ focus: true, block: 'center' }}
          autoComplete="off"
        >
          <Form.Item name="name" label={UNIT_LABELS.name} required rules={unitFieldRules('name')}>
            <Input aria-required="true" placeholder="与营业执照一致，例如：厦门某某网络科技有限公司" />
          </Form.Item>
          <Form.Item
            name="creditCode"
            label={UNIT_LABELS.creditCode}
            rules={unitFieldRules('creditCode')}
            extra="18位，见营业执照；字母按大写保存，最后一位为校验位（GB 32100-2015）。"
          >
            <Input placeholder="例如 91350200XXXXXXXXXX" spellCheck={false} autoCapitalize="characters" />
          </Form.Item>
          <RolesField />
          <Form.Item name="registeredAddress" label={UNIT_LABELS.registeredAddress} rules={unitFieldRules('registeredAddress')}>
            <Input placeholder="营业执照上的住所" />
          </Form.Item>
          <Form.Item name="officeAddress" label={UNIT_LABELS.officeAddress} rules={unitFieldRules('officeAddress')}>
            <Input placeholder="实际办公地点" />
          </Form.Item>
          <Form.Item name="phone" label={UNIT_LABELS.phone} rules={unitFieldRules('phone')}>
            <Input placeholder="例如 0592-5551234 或 13800000000" inputMode="tel" />
          </Form.Item>
          <Form.Item name="email" label={UNIT_LABELS.email} rules={unitFieldRules('email')}>
            <Input placeholder="例如 name@example.com" inputMode="email" spellCheck={false} />
          </Form.Item>

          <Form.Item label={null} colon={false}>
            <FormFooter
              submitError={submitError}
              saving={saving}
              onCancel={onCancel}
              cancelDisabled={saving || !draft}
              status={
                <>
                  {lastSave && !draft ? (
                    <Alert
                      type="success"
                      showIcon
                      role="status"
                      title="已保存"
                      description={
                        <>
                          <div>保存时间：{formatTime(lastSave.at)}</div>
                          {lastSave.normalized.length > 0 ? (
                            <div>
                              已按规范格式保存：
                              {lastSave.normalized.map((n) => `${UNIT_LABELS[n.field]} ${n.stored}`).join('；')}
                            </div>
                          ) : null}
                        </>
                      }
                    />
                  ) : null}
                  {draft ? (
                    <Typography.Text type="warning" role="status">
                      有未保存的修改（离开此页面后仍会保留，直到保存或取消）
                    </Typography.Text>
                  ) : null}
                </>
              }
              besideButtons={saved ? <Typography.Text type="secondary">上次保存：{formatTime(saved.updatedAt)}</Typography.Text> : null}
            />
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
