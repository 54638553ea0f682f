import { ScreenHeader } from '../../shell/ScreenHeader';

// Scaffolding (issue 6): the screen is being built.
export function CustomerSpacesScreen() {
  return (
    <section>
      <ScreenHeader title="客户空间" articles={['第四条', '第十二条']} />
    </section>
  );
}
