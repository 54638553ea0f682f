import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useRecordList } from '../../forms/useRecordList';
import { ScreenHeader } from '../../components/ScreenHeader';
import { IdcRoomForm } from './IdcRoomForm';
import { IdcRoomTable } from './IdcRoomTable';
import { useIdcRoomStore } from './idcRoomStore';
import { IDC_ROOM_ARTICLE } from '../../../shared/compliance/idcRooms';

/** An empty workspace asks for its first room: the filing names the room every server stands in. */
function FirstRoomPrompt({ onStart }: { onStart(): void }) {
  return (
    <Alert
      type="info"
      showIcon
      title="请先登记一个机房"
      description="备案材料要写明服务器所在的机房：机房名称、地址、运营单位、接入服务商、出口带宽、IP地址段和机房联系人。登记后在“服务器”中为每台服务器选择所在机房。"
      action={
        <Button type="primary" onClick={onStart}>
          登记第一个机房
        </Button>
      }
    />
  );
}

export function IdcRoomsScreen() {
  const { message } = App.useApp();
  const { list, loadState, loadError, editor, lastSaved, load, remove, formKey, openNew, openEdit } = useRecordList(useIdcRoomStore);

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
        title="机房"
        articles={['第二条', IDC_ROOM_ARTICLE]}
        extra={
          <Button type="primary" disabled={editor !== null} onClick={openNew}>
            新增
          </Button>
        }
      >
        服务器所在的IDC机房：名称、地址、运营单位、接入服务商、出口带宽、IP地址段和联系人。服务器的IP地址不在所在机房的地址段内时提醒。
      </ScreenHeader>

      <Space orientation="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {loadState === 'error' ? <LoadErrorAlert title="未能读取机房" error={loadError} onRetry={() => void load()} /> : null}
        {loadState === 'ready' && list.length === 0 && !editor ? <FirstRoomPrompt onStart={openNew} /> : null}

        {editor ? (
          <Card title={editor.id ? '编辑机房' : '新增机房'}>
            <IdcRoomForm key={`${editor.id ?? 'new'}-${formKey}`} editor={editor} />
          </Card>
        ) : null}
        {lastSaved && !editor ? <Alert type="success" showIcon role="status" title={`已保存：${lastSaved.name}`} /> : null}

        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            已登记的机房
          </Typography.Title>
          <IdcRoomTable rooms={list} loading={loadState === 'loading' && list.length === 0} editing={editor !== null} onEdit={openEdit} onRemove={onRemove} />
        </Flex>
      </Space>
    </section>
  );
}
