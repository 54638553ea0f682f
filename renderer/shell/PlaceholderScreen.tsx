import { ToolOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import type { ScreenKey } from '../store/navigation';
import { screenLabel } from '../store/navigation';
import { Articles, ScreenHeader } from './ScreenHeader';

type PlannedScreen = 'customerSpaces';

/** What each screen still to be built will serve, and under which articles. Nothing here is faked. */
const PLANNED: Record<PlannedScreen, { articles: string[]; purpose: string }> = {
  customerSpaces: {
    articles: ['第四条', '第十二条'],
    purpose: '客户空间统一编号，登记空间租用者及绑定域名持有者的真实身份信息，并在三十天内报送。',
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
