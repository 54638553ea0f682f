import { DNS_MEASURES, MAIL_MEASURES, type StoredServer } from '../../../shared/records/server';

/** One duty a server's purposes bring that is not yet met (第五、六、七条). */
export interface MissingMeasure {
  article: string;
  text: string;
}

type MeasureFields = Pick<StoredServer, 'purposes' | 'dnsMeasures' | 'mailMeasures' | 'gameLogStatement'>;

export function missingMeasures(s: MeasureFields): MissingMeasure[] {
  const out: MissingMeasure[] = [];
  if (s.purposes.includes('域名解析')) {
    const missing = DNS_MEASURES.filter((m) => !s.dnsMeasures.includes(m)).length;
    if (missing > 0) out.push({ article: '第五条', text: `域名解析安全措施缺 ${missing} 项` });
  }
  if (s.purposes.includes('电子邮件')) {
    const missing = MAIL_MEASURES.filter((m) => !s.mailMeasures.includes(m)).length;
    if (missing > 0) out.push({ article: '第六条', text: `电子邮件安全措施缺 ${missing} 项` });
  }
  if (s.purposes.includes('游戏') && s.gameLogStatement.trim() === '') {
    out.push({ article: '第七条', text: '未填写游戏日志留存说明' });
  }
  return out;
}
