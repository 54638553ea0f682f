import { Alert, Button, Card, Flex, Form, Input, Select, Space, Spin, Switch, Typography } from 'antd';
import { NumberInput } from '../../forms/NumberInput';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { DEFAULT_IMAGE_PROFILE, IMAGE_PROFILE_LABELS as L, IMAGE_PROFILE_LIMITS as LIM } from '../../../shared/records/imageProfile';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { formatTime } from '../../format';
import { FormFooter } from '../../forms/FormFooter';
import { useDraftForm } from '../../forms/useDraftForm';
import { ScreenHeader } from '../../components/ScreenHeader';
import { checkMaxSize, checkWatermarkText, formFieldOf, numberRules } from './fieldRules';
import { completeValues, toFormValues, useSettingsStore, type SettingsFormValues } from './settingsStore';
import { WatermarkPreview } from './WatermarkPreview';
import { BackupCard } from './BackupCard';

const FIELDS: (keyof SettingsFormValues)[] = ['longEdge', 'dpi', 'maxSize', 'maxSizeUnit', 'minQuality', 'watermarkEnabled', 'watermarkText'];

export function SettingsScreen() {
  const { form, saved, loadState, loadError, draft, saving, lastSave, load, setDraft, submitError, initialValues, onValuesChange, onFinish, onCancel } =
    useDraftForm(useSettingsStore, {
      toFormValues,
      complete: completeValues,
      fields: FIELDS,
      placeError(form, err) {
        // What was typed stays in the form (and in the draft); the message goes under its field.
        const field = err instanceof ApiError ? formFieldOf(err.field) : null;
        if (!field) return false;
        form.setFields([{ name: field, errors: [errorMessage(err).replace(/^电子图片标准：/, '')] }]);
        form.focusField(field);
        return true;
      },
    });
  const watermarkEnabled = Form.useWatch('watermarkEnabled', form) ?? initialValues.watermarkEnabled;
  const watermarkText = Form.useWatch('watermarkText', form) ?? initialValues.watermarkText;
  const today = todayInShanghai();

  const onDefaults = () => {
    const values = toFormValues({ imageProfile: DEFAULT_IMAGE_PROFILE });
    form.setFields(FIELDS.map((name) => ({ name, value: values[name], errors: [] })));
    setDraft(values);
  };

  // No min/max on the number inputs: antd would silently clamp what was typed; the rules say what is wrong instead.
  return (
    <section>
      <ScreenHeader title="设置" articles={['第九条']}>
        电子图片标准：导出备案材料时，每张扫描件都按此转换为 JPEG（sRGB，按拍摄方向摆正，去除全部元数据，包括手机照片中的 GPS 位置）。
        设置保存在数据目录中，命令行导出也使用同一设置。
      </ScreenHeader>

      {loadState === 'loading' && !saved ? (
        <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
          <Spin size="small" />
          <Typography.Text type="secondary">正在读取设置…</Typography.Text>
        </Flex>
      ) : null}
      {loadState === 'error' ? (
        <LoadErrorAlert title="未能读取已保存的设置" error={loadError} onRetry={() => void load()} style={{ margin: '12px 0' }} />
      ) : null}

      <Card title="电子图片标准" style={{ marginTop: 16 }}>
        <Form<SettingsFormValues>
          form={form}
          name="settings"
          layout="horizontal"
          labelCol={{ flex: '170px' }}
          labelWrap
          wrapperCol={{ flex: 1 }}
          style={{ maxWidth: 900 }}
          initialValues={initialValues}
          validateTrigger={['onBlur', 'onChange']}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
          scrollToFirstError={{ focus: true, block: 'center' }}
          autoComplete="off"
        >
          <Form.Item
            name="longEdge"
            label={L.longEdge}
            rules={numberRules('longEdge')}
            extra={`较长一边的最大像素数；更大的图片按比例缩小，较小的不放大。默认 ${DEFAULT_IMAGE_PROFILE.longEdge}（A4 纸在 300 dpi 下的长边）。`}
          >
            <NumberInput step={10} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="dpi" label={L.dpi} rules={numberRules('dpi')} extra="写入图片的分辨率标记，打印时决定尺寸。默认 300。">
            <NumberInput style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            label={`${L.maxBytes}（KB/MB）`}
            htmlFor="settings_maxSize"
            required
            extra="超出时从质量 90 起每次降低 5，直到不超过上限；1 MB 按 1000 KB 计。"
          >
            <Space.Compact>
              <Form.Item
                name="maxSize"
                noStyle
                dependencies={['maxSizeUnit']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: number | null) => {
                      const message = checkMaxSize(value, getFieldValue('maxSizeUnit') as SettingsFormValues['maxSizeUnit']);
                      if (message) throw new Error(message);
                    },
                  }),
                ]}
              >
                <NumberInput step={100} style={{ width: 160 }} aria-label={L.maxBytes} />
              </Form.Item>
              <Form.Item name="maxSizeUnit" noStyle>
                <Select
                  aria-label="文件大小单位"
                  style={{ width: 80 }}
                  options={[
                    { value: 'KB', label: 'KB' },
                    { value: 'MB', label: 'MB' },
                  ]}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          <Form.Item
            name="minQuality"
            label={L.minQuality}
            rules={numberRules('minQuality')}
            extra="JPEG 质量（10–90）最低降到这里；仍超出大小上限时，将缩小图片尺寸，并在导出前提示。默认 50。"
          >
            <NumberInput style={{ width: 160 }} />
          </Form.Item>

          <Form.Item name="watermarkEnabled" label={L.watermarkEnabled} valuePropName="checked" extra="在图片上平铺“水印文字 + 当天日期”。默认关闭。">
            <Switch checkedChildren="开" unCheckedChildren="关" />
          </Form.Item>
          <Form.Item label={null} colon={false}>
            <Alert
              type="warning"
              showIcon
              title="部分受理机关不接受带水印的图片"
              description="例如云服务商的 ICP 备案要求上传原色、四角完整、无水印的证件图片。开启前请向受理的公安机关确认。"
            />
          </Form.Item>
          <Form.Item
            name="watermarkText"
            label={L.watermarkText}
            dependencies={['watermarkEnabled']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  const message = checkWatermarkText(!!getFieldValue('watermarkEnabled'), value ?? '');
                  if (message) throw new Error(message);
                },
              }),
            ]}
            extra={`最多 ${LIM.watermarkText.max} 个字；日期在导出时自动加上。`}
          >
            <Input placeholder="例如：仅供备案使用" maxLength={LIM.watermarkText.max + 10} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item label="水印预览" colon={false}>
            <WatermarkPreview text={watermarkText} date={today} enabled={watermarkEnabled} />
          </Form.Item>

          <Form.Item label={null} colon={false}>
            <FormFooter
              submitError={submitError}
              saving={saving}
              onCancel={onCancel}
              cancelDisabled={saving || !draft}
              besideButtons={
                <Button onClick={onDefaults} disabled={saving}>
                  恢复默认值
                </Button>
              }
              status={
                lastSave && !draft ? (
                  <Alert type="success" showIcon role="status" title="已保存" description={`保存时间：${formatTime(lastSave.at)}。之后导出的图片按新设置生成。`} />
                ) : draft ? (
                  <Typography.Text type="warning">有尚未保存的修改。</Typography.Text>
                ) : null
              }
            />
          </Form.Item>
        </Form>
      </Card>

      <BackupCard />
    </section>
  );
}
