// exceljs writes its zip through archiver, which still calls `new Buffer()`. Bundled into dist/ that code no
// longer sits under node_modules, so Node would print DEP0005 to the user with every .xlsx written. Only
// that one warning is dropped; every other warning still goes to Node's own handler.
const nodeHandlers = process.listeners('warning');
process.removeAllListeners('warning');
process.on('warning', (warning: Error & { code?: string }) => {
  if (warning.code === 'DEP0005') return;
  for (const handler of nodeHandlers) handler(warning);
});
