import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import type { StoredIncident } from '../../../shared/records/incident';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useRecordList } from '../../forms/useRecordList';
import { ScreenHeader } from '../../components/ScreenHeader';
import { IncidentForm } from './IncidentForm';
import { mustReport } from './incidentForm';
import { IncidentTable } from './IncidentTable';
import { useIncidentStore } from './incidentStore';
import { useServers } from '../../store/serverOptions';

/** 事故 and 案件 not yet reported to the police, named, so they are not forgotten. */
function UnreportedSummary({ incidents }: { incidents: StoredIncident[] }) {
  const unreported = incidents.filter((i) => mustReport(i.kind) && !i.reportedAt);
  if (unreported.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={`${unreported.length} 起事故或案件尚未报告公安机关（第十三条（五））`}
      description={unreported.map((i) => `${i.occurredAt} ${i.kind}：${i.title}`).join('；')}
    />
  );
}

export function IncidentsScreen() {
  const { message } = App.useApp();
  const { list, loadState, loadError, editor, lastSaved, load, remove, formKey, openNew, openEdit } = useRecordList(useIncidentStore);
  const { servers, byId, error: serversError } = useServers();

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
        title="安全事件"
        articles={['第十三条（五）']}
        extra={
          <Button type="primary" disabled={editor !== null} onClick={openNew}>
            新增
          </Button>
        }
      >
        安全事件、事故和案件的发生时间、经过、处置措施，以及何时向哪个公安机关报告。事故和案件须及时报告公安机关。
      </ScreenHeader>

      <Space orientation="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {loadState === 'error' ? <LoadErrorAlert title="未能读取安全事件" error={loadError} onRetry={() => void load()} /> : null}
        {loadState === 'ready' ? <UnreportedSummary incidents={list} /> : null}
        {serversError ? <Alert type="warning" showIcon title="未能读取服务器列表：涉及服务器暂时无法选择" /> : null}

        {editor ? (
          <Card title={editor.id ? '编辑安全事件' : '新增安全事件'}>
            <IncidentForm key={`${editor.id ?? 'new'}-${formKey}`} editor={editor} servers={servers} />
          </Card>
        ) : null}
        {lastSaved && !editor ? <Alert type="success" showIcon role="status" title={`已保存：${lastSaved.occurredAt} ${lastSaved.kind} ${lastSaved.title}`} /> : null}

        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            已登记的安全事件
          </Typography.Title>
          <IncidentTable
            incidents={list}
            serversById={byId}
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
