import { ToolOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import type { ScreenKey } from '../store/navigation';
import { screenLabel } from '../store/navigation';
import { Articles, ScreenHeader } from './ScreenHeader';

type PlannedScreen = Exclude<ScreenKey, 'dashboard' | 'unit' | 'changes' | 'dutyRoster'>;

/** What each screen still to be built will serve, and under which articles. Nothing here is faked. */
const PLANNED: Record<PlannedScreen, { articles: string[]; purpose: string }> = {
  licenses: {
    articles: ['第三条', '第九条'],
    purpose: '登记营业执照、电信业务经营许可证（编号、发证机关、业务种类、有效期）及扫描件，并生成规定标准的电子图片。',
  },
  people: {
    articles: ['第三条', '第九条'],
    purpose: '登记法定代表人、主要负责人、网络管理员、安全员、值班人员的有效身份证件及证件图片。',
  },
  securityGroup: {
    articles: ['第十条', '第十三条'],
    purpose: '信息网络安全小组的组成（法定代表人或主要负责人、网络管理人员、安全员）、安全保护制度与培训记录；架设服务器超过二十台的单位须自行成立。',
  },
  servers: {
    articles: ['第四条', '第五条', '第六条', '第七条', '第八条'],
    purpose: '服务器台账：用途、上线日期、管理人员，以及上线三十天内的备案期限与逾期提醒。',
  },
  customerSpaces: {
    articles: ['第四条', '第十二条'],
    purpose: '客户空间统一编号，登记空间租用者及绑定域名持有者的真实身份信息，并在三十天内报送。',
  },
  export: {
    articles: ['第九条'],
    purpose: '先做完整性检查，再生成备案 PDF 与规定标准的电子图片，写入可移动磁盘并逐个文件校验。',
  },
  settings: {
    articles: ['第九条'],
    purpose: '电子图片标准（格式、尺寸、文件大小、水印）等偏好设置。',
  },
};

export function PlaceholderScreen({ screen }: { screen: PlannedScreen }) {
  const { articles, purpose } = PLANNED[screen];
  return (
    <section>
      <ScreenHeader title={screenLabel(screen)} articles={articles} />
      <Card style={{ marginTop: 16 }}>
        <Result
          icon={<ToolOutlined aria-hidden />}
          title="此功能尚在开发中"
          subTitle={purpose}
          extra={<Articles articles={articles} label="将用于落实" />}
        />
      </Card>
    </section>
  );
}

export function isPlanned(screen: ScreenKey): screen is PlannedScreen {
  return screen in PLANNED;
}
