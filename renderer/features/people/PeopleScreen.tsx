import { Alert, App, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useRecordList } from '../../forms/useRecordList';
import { useOpenRequestedRecord } from '../../forms/useFocusRequest';
import { ScreenHeader } from '../../components/ScreenHeader';
import { KeyRolesStatus } from './KeyRolesStatus';
import { PersonForm } from './PersonForm';
import { PersonTable } from './PersonTable';
import { usePersonStore } from './personStore';

export function PeopleScreen() {
  const { message } = App.useApp();
  const { list, loadState, loadError, editor, lastSaved, load, remove, formKey, openNew, openEdit } = useRecordList(usePersonStore);
  useOpenRequestedRecord(openEdit, (id) => list.some((x) => x.id === id));
  const [removeError, setRemoveError] = useState<string | null>(null);

  const onRemove = async (id: string) => {
    setRemoveError(null);
    try {
      await remove(id);
      message.success('已删除');
    } catch (err) {
      // e.g. still the leader of the 信息网络安全小组: the API says so, and the row stays.
      setRemoveError(errorMessage(err));
    }
  };

  return (
    <section>
      <ScreenHeader
        title="人员"
        articles={['第九条', '第十条', '第十三条']}
        extra={
          <Button
            type="primary"
            disabled={editor !== null}
            onClick={() => {
              setRemoveError(null);
              openNew();
            }}
          >
            新增
          </Button>
        }
      >
        法定代表人、主要负责人、网络管理员、安全员和值班人员，及其有效身份证件。证件号码按证件类型校验；身份证的出生日期和性别由号码得出。
      </ScreenHeader>

      <Space orientation="vertical" size={16} style={{ width: '100%', marginTop: 16 }}>
        {loadState === 'error' ? (
          <LoadErrorAlert title="未能读取人员" error={loadError} onRetry={() => void load()} />
        ) : null}
        {loadState === 'ready' ? <KeyRolesStatus people={list} /> : null}
        {removeError ? <Alert type="error" showIcon role="alert" title="未能删除" description={removeError} closable={{ onClose: () => setRemoveError(null) }} /> : null}

        {editor ? (
          <Card title={editor.id ? '编辑人员' : '新增人员'}>
            <PersonForm key={`${editor.id ?? 'new'}-${formKey}`} editor={editor} />
          </Card>
        ) : null}
        {lastSaved && !editor ? <Alert type="success" showIcon role="status" title="已保存" description={`${lastSaved.name}的信息已保存。`} /> : null}

        <Flex vertical gap={8}>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 16 }}>
            已登记的人员
          </Typography.Title>
          <PersonTable
            people={list}
            loading={loadState === 'loading' && list.length === 0}
            editing={editor !== null}
            onEdit={(id) => {
              setRemoveError(null);
              openEdit(id);
            }}
            onRemove={onRemove}
          />
        </Flex>
      </Space>
    </section>
  );
}
