import { ScreenHeader } from '../../shell/ScreenHeader';

// Scaffolding (issue 6): the screen is being built.
export function IncidentsScreen() {
  return (
    <section>
      <ScreenHeader title="安全事件" articles={['第十三条（五）']} />
    </section>
  );
}
