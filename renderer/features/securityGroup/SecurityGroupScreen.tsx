import { Alert, Card, Flex, Form, Input, Radio, Select, Spin, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { GROUP_MODE_LABELS, GROUP_MODES, SECURITY_GROUP_LABELS as L } from '../../../shared/records/securityGroup';
import { formatTime } from '../../format';
import { IsoDatePicker } from '../../forms/dateField';
import { FormFooter } from '../../forms/FormFooter';
import { useDraftForm } from '../../forms/useDraftForm';
import { checkedBy, formLayout, formPath, recheckFieldsWithErrors, unlabelledRow } from '../../forms/formChrome';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { ScreenHeader } from '../../components/ScreenHeader';
import { personOptions, usePeopleDirectory } from '../../store/peopleDirectory';
import { assessGroup } from './groupAssessment';
import { checkGroupField, completeGroupValues, toGroupFormValues, withoutLabel, type GroupField, type GroupFormValues } from './groupForm';
import { useGroupStore } from './groupStore';
import { GroupStatus } from './GroupStatus';
import { MembersField } from './MembersField';
import { TrainingsField } from './TrainingsField';

/** 第十条's second paragraph, for a unit that forms its own group. */
const OWN_GROUP_DUTIES = '小组由单位法定代表人（或主要负责人）、网络管理人员、安全员等组成，建立安全保护制度，采取安全技术措施（第十条）。';

export function SecurityGroupScreen() {
  const g = useDraftForm(useGroupStore, {
    toFormValues: toGroupFormValues,
    complete: completeGroupValues,
    reloadOnMount: true,
    placeError(form, err) {
      if (!(err instanceof ApiError && err.field)) return false;
      const name = formPath(err.field);
      form.setFields([{ name: name as never, errors: [withoutLabel(err.message)] }]);
      form.scrollToField(name as never, { block: 'center', focus: true });
      return true;
    },
  });
  const { form, load, submitError, onFinish, onCancel, sync, current: values } = g;
  const serverCount = useGroupStore((s) => s.serverCount);
  const isIdcProvider = useGroupStore((s) => s.isIdcProvider);
  const people = usePeopleDirectory((s) => s.people);
  const byId = usePeopleDirectory((s) => s.byId);
  const peopleLoaded = usePeopleDirectory((s) => s.loaded);

  useEffect(() => {
    void usePeopleDirectory.getState().load();
  }, []);

  const watched = Form.useWatch((v: Partial<GroupFormValues>) => v, { form, preserve: true }) as Partial<GroupFormValues> | undefined;
  const current = useMemo(() => completeGroupValues(watched ?? g.initialValues), [watched]);
  const assessment = useMemo(() => assessGroup(current, byId, serverCount ?? 0, isIdcProvider), [current, byId, serverCount, isIdcProvider]);
  const mode = current.mode;

  const rules = (field: GroupField) => [checkedBy(() => checkGroupField(field, values()))];

  /** The 组长 is also a member with the duty 组长: keep that row in step with the choice. */
  const onLeaderChosen = (leaderId: string | undefined) => {
    const members = values().members;
    const mobile = leaderId ? (byId.get(leaderId)?.mobile ?? '') : '';
    const leaderRow = members.findIndex((m) => m.duty === '组长');
    const already = members.findIndex((m) => m.personId === leaderId);
    let next = members;
    if (!leaderId) next = members.filter((_, i) => i !== leaderRow);
    else if (already >= 0) next = leaderRow >= 0 && leaderRow !== already ? members.filter((_, i) => i !== leaderRow) : members;
    else if (leaderRow >= 0) next = members.map((m, i) => (i === leaderRow ? { personId: leaderId, duty: '组长', phone: mobile } : m));
    else next = [{ personId: leaderId, duty: '组长', phone: mobile }, ...members];
    if (next !== members) form.setFieldValue('members', next);
    sync();
  };

  return (
    <section>
      <ScreenHeader title="信息网络安全小组" articles={['第十条', '第十三条']}>
        {serverCount === null ? '正在统计本单位登记的服务器…' : `${assessment.serverRule}。`}
        {mode === 'idc' ? null : OWN_GROUP_DUTIES}
      </ScreenHeader>

      {g.loadState === 'loading' && !g.saved ? (
        <Flex align="center" gap={8} style={{ margin: '12px 0' }}>
          <Spin size="small" />
          <Typography.Text type="secondary">正在读取已保存的安全小组…</Typography.Text>
        </Flex>
      ) : null}
      {g.loadState === 'error' ? (
        <LoadErrorAlert title="未能读取安全小组" error={g.loadError} onRetry={() => void load()} style={{ margin: '12px 0' }} />
      ) : null}

      <div style={{ marginTop: 16, maxWidth: 900 }}>
        <GroupStatus assessment={assessment} unsaved={!!g.draft} />
      </div>

      <Card style={{ marginTop: 16 }}>
        <Form<GroupFormValues>
          form={form}
          name="securityGroup"
          {...formLayout}
          style={{ maxWidth: 900 }}
          initialValues={g.initialValues}
          onValuesChange={(changed: object) => {
            recheckFieldsWithErrors(form, changed);
            sync();
          }}
          onFinish={onFinish}
        >
          {/* The choice is offered only to a unit the regulation gives it (≤ 20 servers, not an IDC room provider), or to
              undo a saved 由IDC机房…统一负责 that no longer applies. */}
          <Form.Item
            name="mode"
            label={L.mode}
            hidden={assessment.needsOwnGroup && mode !== 'idc'}
            extra={assessment.modeProblem ? <Typography.Text type="danger">{assessment.modeProblem}</Typography.Text> : null}
          >
            <Radio.Group aria-label={L.mode} options={GROUP_MODES.map((m) => ({ value: m, label: GROUP_MODE_LABELS[m] }))} />
          </Form.Item>

          {mode === 'idc' ? (
            <Form.Item name="idcRoomName" label={L.idcRoomName} required rules={rules('idcRoomName')} extra="负责本单位信息网络安全保护工作的IDC机房（第十条）。">
              <Input placeholder="例如 厦门某某IDC机房" />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="establishedOn" label={L.establishedOn} rules={rules('establishedOn')} validateTrigger={['onChange', 'onBlur']}>
                <IsoDatePicker />
              </Form.Item>
              <Form.Item
                name="leaderId"
                label={L.leaderId}
                extra={
                  assessment.leaderWarning ? (
                    <Typography.Text type="warning" role="alert">
                      {assessment.leaderWarning}
                    </Typography.Text>
                  ) : (
                    '应为单位法定代表人或主要负责人（第十条）；选择后自动列为组内职责“组长”的成员。'
                  )
                }
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={personOptions(people, [current.leaderId], peopleLoaded)}
                  placeholder={people.length === 0 ? '尚未登记人员，请先在“人员”页面新增' : '输入姓名查找'}
                  notFoundContent="没有这个人员"
                  onChange={(id: string | undefined) => onLeaderChosen(id)}
                  style={{ maxWidth: 360 }}
                />
              </Form.Item>
              <MembersField form={form} values={values} people={people} byId={byId} onChanged={sync} />
            </>
          )}

          <Form.Item name="protectionPolicy" label={L.protectionPolicy} rules={rules('protectionPolicy')} extra="第十条：建立安全保护制度，采取安全技术措施。可直接粘贴制度全文。">
            <Input.TextArea rows={8} maxLength={20000} showCount />
          </Form.Item>
          <TrainingsField values={values} people={people} referenced={current.trainings.flatMap((t) => t.attendeeIds)} onChanged={sync} />

          <Form.Item {...unlabelledRow}>
            <FormFooter
              submitError={submitError}
              saving={g.saving}
              onCancel={onCancel}
              cancelDisabled={g.saving || !g.draft}
              status={
                <>
                  {g.lastSave && !g.draft ? <Alert type="success" showIcon role="status" title="已保存" description={`保存时间：${formatTime(g.lastSave.at)}`} /> : null}
                  {g.draft ? (
                    <Typography.Text type="warning" role="status">
                      有未保存的修改（离开此页面后仍会保留，直到保存或取消）
                    </Typography.Text>
                  ) : null}
                </>
              }
              besideButtons={g.saved ? <Typography.Text type="secondary">上次保存：{formatTime(g.saved.updatedAt)}</Typography.Text> : null}
            />
          </Form.Item>
        </Form>
      </Card>
    </section>
  );
}
