import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { LICENSE_EXPIRY_WINDOW_DAYS, licenseExpiry, type StoredLicense } from '../../../shared/records/license';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useRecordList } from '../../forms/useRecordList';
import { useOpenRequestedRecord } from '../../forms/useFocusRequest';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUnitStore } from '../../store/unitStore';
import { LicenseForm } from './LicenseForm';
import { licenseName, LicenseTable } from './LicenseTable';
import { useLicenseStore } from './licenseStore';

/** The one expiry window per kind (shared/records/license), said in words. */
const WINDOW_TEXT = `证照在到期前（${Object.entries(LICENSE_EXPIRY_WINDOW_DAYS)
  .map(([kind, days]) => `${kind === '其他' ? '其他证照' : kind} ${days} 天内`)
  .join('、')}）或已过期时标出，概览和完整性检查按同一规则提醒。`;

/** What 第三条 and 第九条 ask for, in plain words, and licenses about to run out. */
function LicenseSummary({ licenses, today }: { licenses: StoredLicense[]; today: string }) {
  const missing = (['营业执照', '电信业务经营许可证'] as const).filter((k) => !licenses.some((l) => l.kind === k));
  const expired = licenses.filter((l) => licenseExpiry(l, today).state === 'expired');
  const expiring = licenses.filter((l) => licenseExpiry(l, today).state === 'expiring');
  const items: string[] = [];
  if (missing.length > 0) items.push(`尚未登记${missing.join('和')}（第九条要求提交营业执照和相应业务经营许可证；第三条要求托管服务单位取得业务经营许可证）`);
  if (expired.length > 0) items.push(`已过期：${expired.map(licenseName).join('、')}，请换证后更新证照信息和扫描件`);
  if (expiring.length > 0) items.push(`即将到期：${expiring.map((l) => `${licenseName(l)}（有效期至 ${l.validTo}）`).join('、')}`);
  if (items.length === 0) {
    return <Alert type="success" showIcon title="营业执照和电信业务经营许可证均已登记，且都在有效期内（第九条）" />;
  }
  return (
    <Alert
      type={expired.length > 0 ? 'error' : 'warning'}
      showIcon
      title="证照尚需处理"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {items.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      }
    />
  );
}

export function LicensesScreen() {
  const { message } = App.useApp();
  const { list, loadState, loadError, editor, lastSaved, load, remove, formKey, openNew, openEdit } = useRecordList(useLicenseStore);
  const unitCreditCode = useUnitStore((s) => s.saved?.creditCode ?? '');
  const today = useMemo(() => todayInShanghai(), []);
  useOpenRequestedRecord(openEdit, (id) => list.some((x) => x.id === id));

  const onRemove = async (id: string) => {
    try {
      await remove(id);
      message.success('已删除');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <section>
      <ScreenHeader
        title="证照"
        articles={['第三条', '第九条']}
        extra={
          <Button type="primary" disabled={editor !== null} onClick={openNew}>
            新增
          </Button>
        }
      >
        营业执照、电信业务经营许可证等证照的编号、发证机关、有效期和扫描件。{WINDOW_TEXT}
      </ScreenHeader>

      <Space orientation="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {loadState === 'error' ? (
          <LoadErrorAlert title="未能读取证照" error={loadError} onRetry={() => void load()} />
        ) : null}
        {loadState === 'ready' ? <LicenseSummary licenses={list} today={today} /> : null}

        {editor ? (
          <Card title={editor.id ? '编辑证照' : '新增证照'}>
            <LicenseForm key={`${editor.id ?? 'new'}-${formKey}`} editor={editor} unitCreditCode={unitCreditCode} />
          </Card>
        ) : null}
        {lastSaved && !editor ? <Alert type="success" showIcon role="status" title={`已保存：${licenseName(lastSaved)} ${lastSaved.number}`} /> : null}

        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            已登记的证照
          </Typography.Title>
          <LicenseTable
            licenses={list}
            today={today}
            loading={loadState === 'loading' && list.length === 0}
            editing={editor !== null}
            onEdit={openEdit}
            onRemove={onRemove}
          />
        </Flex>
      </Space>
    </section>
  );
}
