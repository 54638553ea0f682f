import type { PersonRole } from '../../../shared/records/person';

/** Why each 角色 is recorded: the article that asks for it (docs/REGULATION.md). */
export const ROLE_ARTICLES: Record<PersonRole, string> = {
  法定代表人: '第九条',
  主要负责人: '第九条',
  网络管理员: '第十条',
  安全员: '第十条',
  值班人员: '第十三条',
  网络安全负责人: '《网络安全法》第二十三条',
  '24小时应急联系人': '第十三条',
};
