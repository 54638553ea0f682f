import { Alert } from 'antd';
import { keyRolesCheck, type StoredPerson } from '../../../shared/records/person';

/** 第九条: the ID documents of the 法定代表人 (exactly one) and the 主要负责人 (at least one) go into the filing. */
export function KeyRolesStatus({ people }: { people: StoredPerson[] }) {
  const check = keyRolesCheck(people);
  if (check.ok) {
    return (
      <Alert
        type="success"
        showIcon
        title={`已登记法定代表人 1 位、主要负责人 ${check.mainResponsible} 位，符合第九条的要求`}
        description="备案时提交他们的有效身份证件，请确认证件正反面扫描件已上传。"
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={`第九条：备案须有一位法定代表人和至少一位主要负责人。${check.problems.join('；')}。`}
      description="在人员中新增或编辑，勾选“角色”中的法定代表人、主要负责人（同一人可兼任）。"
    />
  );
}
