import { Button, Flex } from 'antd';
import { useEffect } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useWorkspaceStore } from '../../store/workspace';
import { useGameLogsStore } from './gameLogsStore';
import { SealCard } from './SealCard';
import { SealTable } from './SealTable';
import { VerifyResultDialog } from './VerifyResultDialog';

/** 游戏日志 (第七条): game-server logs sealed where they lie and verified later as unchanged. */
export function GameLogsScreen() {
  const load = useGameLogsStore((s) => s.load);
  const loading = useGameLogsStore((s) => s.loadState === 'loading');
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  return (
    <section>
      <ScreenHeader
        title="游戏日志"
        articles={['第七条']}
        extra={
          <Button onClick={() => void load()} loading={loading}>
            刷新
          </Button>
        }
      >
        游戏服务器的日志在留存期间不得更改或删除。封存时记录每个文件的大小和 SHA-256，核验时列出被修改、删除或新增的文件。
      </ScreenHeader>
      <Flex vertical gap={16} style={{ marginTop: 16 }}>
        <SealCard />
        <SealTable />
      </Flex>
      <VerifyResultDialog />
    </section>
  );
}
