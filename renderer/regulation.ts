import type { UnitRole } from '../shared/records/unit';

/** 《厦门市服务器托管行业安全管理规定》: the legal basis shown next to screens and fields (docs/REGULATION.md). */
export const REGULATION_TITLE = '《厦门市服务器托管行业安全管理规定》';

/** Which articles each 单位类型 brings. */
export const ROLE_ARTICLES: Record<UnitRole, { articles: string[]; duty: string }> = {
  IDC机房服务单位: { articles: ['第二条', '第十三条'], duty: '提交备案资料；安全小组、24小时值班、每月20日前报送变更' },
  托管服务单位: { articles: ['第三条'], duty: '取得业务经营许可证；备案，并登记管理服务器的最终用户' },
  服务器架设单位: {
    articles: ['第四条', '第八条', '第九条', '第十条'],
    duty: '客户空间统一编号；上线30天内备案；提交证照与证件电子图片；超过20台须成立安全小组（按用途另见第五至七条）',
  },
  域名注册服务单位: { articles: ['第十一条', '第十二条'], duty: '备案；登记客户真实身份信息' },
};

export const joinArticles = (articles: readonly string[]): string => articles.join('、');
