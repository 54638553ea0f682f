// The lint rule that keeps imports running downward (scripts/eslint/importsDownward.mjs) must actually refuse
// the arrows issue "Every room imports only downward" named, and let the allowed ones through.
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error an .mjs module without types, loaded as the lint config loads it
import { importsDownward } from '../../../scripts/eslint/importsDownward.mjs';

const root = path.resolve(__dirname, '../../..');
const linter = new Linter({ cwd: root, configType: 'flat' });
const config = [{ files: ['**/*.ts', '**/*.tsx'], plugins: { layers: { rules: { 'imports-downward': importsDownward } } }, rules: { 'layers/imports-downward': 'error' as const } }];

function problems(file: string, source: string): string[] {
  return linter.verify(`import { x } from '${source}';\nexport const y = x;\n`, config, { filename: path.join(root, file) }).map((m) => m.message);
}

describe('layers/imports-downward', () => {
  it.each([
    ['renderer/features/securityGroup/MembersField.tsx', '../servers/peopleDirectory', '不能引用另一个功能 features/servers'],
    ['renderer/features/export/BuildCard.tsx', '../../features/customerSpaces/count', '不能引用另一个功能 features/customerSpaces'],
    ['renderer/features/dashboard/OnDutyCard.tsx', '../../shell/ScreenHeader', '不能引用外壳'],
    ['renderer/features/dashboard/OnDutyCard.tsx', '../../App', '不能引用外壳'],
    ['renderer/components/DetailList.tsx', '../features/dashboard/fixTarget', '共用层'],
    ['renderer/store/unitStore.ts', '../shell/Shell', '共用层'],
  ])('%s importing %s is refused', (file, source, expected) => {
    const found = problems(file, source);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['renderer/features/securityGroup/MembersField.tsx', '../../store/peopleDirectory'],
    ['renderer/features/securityGroup/MembersField.tsx', './TrainingsField'],
    ['renderer/features/dashboard/OnDutyCard.tsx', '../../components/ScreenHeader'],
    ['renderer/shell/Shell.tsx', '../features/unit/UnitScreen'],
    ['renderer/App.tsx', './shell/Shell'],
    ['renderer/store/unitStore.ts', '../api/client'],
    ['renderer/features/servers/ServerTable.tsx', '../../../shared/records/server'],
  ])('%s importing %s is allowed', (file, source) => {
    expect(problems(file, source)).toEqual([]);
  });
});
