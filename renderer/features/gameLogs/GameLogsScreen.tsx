import { ScreenHeader } from '../../shell/ScreenHeader';

// Scaffolding (issue 6): the screen is being built.
export function GameLogsScreen() {
  return (
    <section>
      <ScreenHeader title="游戏日志" articles={['第七条']} />
    </section>
  );
}
