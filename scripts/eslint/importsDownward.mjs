// The rooms of the code and which way their imports may run (docs/ARCHITECTURE.md, "Every room imports only
// downward"). A relative import is resolved against the importing file, so '../X/…' and '../../features/X/…'
// are judged alike. Rooms, top to bottom:
//   renderer: App.tsx / main.tsx → shell/ → features/<one feature> → components/, forms/, store/, api/, root modules
//   electron: api/createHandlers.ts, transports/ → filing/, backup/ → services/ → storage/, pdf/, fs/, xlsx/ …
import path from 'node:path';

const RENDERER_TOP = new Set(['App', 'main']);
const RENDERER_SHARED_DIRS = new Set(['components', 'forms', 'store', 'api']);

/** 'renderer/features/servers/ServerTable' → { layer: 'renderer', room: 'feature', name: 'servers' } */
function roomOf(relPath) {
  const parts = relPath.split('/');
  if (parts[0] === 'renderer') {
    if (parts[1] === 'features') return { room: 'feature', name: parts[2] };
    if (parts[1] === 'shell') return { room: 'shell' };
    if (parts.length === 2 && RENDERER_TOP.has(parts[1].replace(/\.\w+$/, ''))) return { room: 'top' };
    if (parts.length === 2 || RENDERER_SHARED_DIRS.has(parts[1])) return { room: 'renderer-shared' };
    return { room: 'renderer-other' };
  }
  if (parts[0] === 'electron') return { room: `electron/${parts.length > 2 ? parts[1] : ''}` };
  return { room: parts[0] };
}

function verdict(from, to) {
  if (from.room === 'feature') {
    if (to.room === 'feature' && to.name !== from.name) return `界面功能 features/${from.name} 不能引用另一个功能 features/${to.name}；把共用的部分移到 renderer/components、store 或 forms。`;
    if (to.room === 'shell' || to.room === 'top') return `features/${from.name} 不能引用外壳（shell/、App）：外壳在上层，引用只能向下。`;
  }
  if (from.room === 'renderer-shared' && (to.room === 'feature' || to.room === 'shell' || to.room === 'top'))
    return 'renderer 的共用层（components、store、forms、api）不能引用 features、shell 或 App。';
  if (from.room === 'electron/services' && (to.room === 'electron/filing' || to.room === 'electron/backup'))
    return `electron/services 在 ${to.room} 之下，不能引用它；让上层调用 services。`;
  if (['electron/storage', 'electron/pdf', 'electron/fs', 'electron/xlsx'].includes(from.room) && ['electron/services', 'electron/filing', 'electron/backup'].includes(to.room))
    return `${from.room} 是底层，不能引用 ${to.room}。`;
  return null;
}

export const importsDownward = {
  meta: { type: 'problem', docs: { description: 'Imports run only downward between the rooms of the code.' }, schema: [] },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const from = roomOf(file);
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source)).split(path.sep).join('/');
      const message = verdict(from, roomOf(target));
      if (message) context.report({ node, message });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
