import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../../shared/api/errors';
import { openApiHost, type ApiHost } from '../../api/host';
import { batchCommand } from './batchCommand';
import { callCommand } from './callCommand';
import { checkCommand } from './checkCommand';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { logsCommand } from './logsCommand';
import { backupCommand, restoreCommand } from './backupCommand';
import { reportCommand } from './reportCommand';
import { rosterIcsCommand, rosterImportCommand } from './rosterCommand';
import { methodsCommand } from './methodsCommand';
import { printError, UsageError, type CliIo } from './output';

export const USAGE = `备案台命令行

用法：
  beian methods                                   列出所有方法及其输入（JSON Schema）
  beian call 方法 '输入JSON' --workspace 目录      调用一个方法，结果以 JSON 输出
  beian batch --workspace 目录                     从标准输入逐行读取 {"method","input"}，逐行输出结果
  beian check --workspace 目录 [--json] [--month YYYY-MM] [--report-month YYYY-MM]
                                                  完整性检查：列出阻止导出和提醒的项目（各附条款）
  beian export --workspace 目录 --out 目录 [--zip] [--month YYYY-MM] [--report-month YYYY-MM] [--force]
                                                  生成备案材料并逐个校验，输出“已校验 N 个文件：文件夹”
                                                  （--month 值班表月份，默认本月；--report-month 月度变更报告的月份，默认上月；
                                                  --force 有阻止导出的项目时仍然导出）
  beian import customers 文件 --workspace 目录 [--dry-run]
                                                  从 .xlsx 或 .csv（UTF-8 / GBK）导入客户空间：逐行校验，合格的行一次写入，
                                                  列出被拒绝的行及原因（--dry-run 只校验不写入）
  beian report monthly --month YYYY-MM --workspace 目录 [--out 目录] [--mark-reported]
                                                  生成月度变更报告 PDF 和 .xlsx（--mark-reported 记为已报送）
  beian roster ics --month YYYY-MM --workspace 目录 [--person 人员id] [--out 目录]
                                                  导出值班表日历（.ics，北京时间）：整月排班，或一位值班人员的班次
  beian roster import 文件 --month YYYY-MM --workspace 目录 [--dry-run]
                                                  导入一个月的排班表（.xlsx 或 .csv），与现有排班不同的班次记为替班（一次可撤销），
                                                  列出未能导入的单元格及原因（--dry-run 只检查不写入）
  beian logs seal 路径 --workspace 目录 [--server 服务器id] [--note 备注]
                                                  封存游戏日志（第七条）：记录每个文件的大小和 SHA-256
  beian logs verify 路径 --workspace 目录 [--json]   核验游戏日志：列出封存后被修改、删除或新增的文件
  beian backup --workspace 目录 --out 目录 [--off-machine]
                                                  完整备份：数据库和全部扫描件写成一个用口令加密的 .beianbak 文件（age 格式），
                                                  读回逐项校验后输出“已校验：文件”；口令取自环境变量 BEIAN_BACKUP_PASSPHRASE 或终端输入
                                                  （--off-machine 保存位置在电脑以外，例如网络共享或移动硬盘：这次备份计入备份提醒；
                                                  写到检测到的 U 盘等可移动磁盘时不加也计入）
  beian restore 文件 --workspace 目录 [--set-aside]   从 .beianbak 恢复：逐项核对 SHA-256 后恢复；工作目录已有数据时须加
                                                  --set-aside（现有数据库另存，可再恢复）
  beian help                                      显示本说明

退出码：0 成功；1 调用失败（输出 {"error": …}），check 有阻止导出的项目，export 未完成；2 命令用法错误。
`;

async function withWorkspace(workspace: string | undefined, fn: (api: ApiHost) => Promise<number>): Promise<number> {
  if (!workspace) throw new UsageError('缺少 --workspace：请指定工作目录（不存在时会新建）');
  const api = await openApiHost(path.resolve(workspace));
  try {
    return await fn(api);
  } finally {
    await api.close();
  }
}

function checkMonthOption(option: string, value: string | undefined): void {
  if (value !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw new UsageError(`${option} 格式应为 YYYY-MM，例如 2026-03：${value.slice(0, 20)}`);
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        json: { type: 'boolean' },
        out: { type: 'string' },
        zip: { type: 'boolean' },
        month: { type: 'string' },
        'report-month': { type: 'string' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'mark-reported': { type: 'boolean' },
        server: { type: 'string' },
        note: { type: 'string' },
        seal: { type: 'string' },
        'set-aside': { type: 'boolean' },
        person: { type: 'string' },
        'off-machine': { type: 'boolean' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case 'methods':
        return methodsCommand(io);
      case 'call': {
        const [method, json, ...extra] = rest;
        if (!method) throw new UsageError('缺少方法名，例如：beian call unit.get \'{}\' --workspace 目录');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}（JSON 输入请用单引号括起来）`);
        return await withWorkspace(values.workspace, (api) => callCommand(io, api.dispatch, method, json));
      }
      case 'batch':
        return await withWorkspace(values.workspace, (api) => batchCommand(io, api.dispatch));
      case 'check':
        if (rest.length > 0) throw new UsageError(`多余的参数：${rest.join(' ')}`);
        checkMonthOption('--report-month', values['report-month']);
        return await withWorkspace(values.workspace, (api) =>
          checkCommand(io, api.dispatch, {
            json: values.json ?? false,
            ...(values.month ? { month: values.month } : {}),
            ...(values['report-month'] ? { reportMonth: values['report-month'] } : {}),
          }),
        );
      case 'export': {
        if (rest.length > 0) throw new UsageError(`多余的参数：${rest.join(' ')}`);
        const out = values.out;
        if (!out) throw new UsageError('缺少 --out：请指定目标目录（例如 U 盘的挂载目录）');
        checkMonthOption('--month', values.month);
        checkMonthOption('--report-month', values['report-month']);
        return await withWorkspace(values.workspace, (api) =>
          exportCommand(io, api.dispatch, {
            out,
            workspace: values.workspace,
            zip: values.zip ?? false,
            force: values.force ?? false,
            ...(values.month ? { month: values.month } : {}),
            ...(values['report-month'] ? { reportMonth: values['report-month'] } : {}),
          }),
        );
      }
      case 'import': {
        const [what, file, ...extra] = rest;
        if (what !== 'customers') throw new UsageError('用法：beian import customers 文件 --workspace 目录 [--dry-run]');
        if (!file) throw new UsageError('缺少要导入的文件（.xlsx 或 .csv）');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
        return await withWorkspace(values.workspace, (api) => importCommand(io, api.dispatch, { file: path.resolve(file), dryRun: values['dry-run'] ?? false }));
      }
      case 'report': {
        const [what, ...extra] = rest;
        if (what !== 'monthly') throw new UsageError('用法：beian report monthly --month YYYY-MM --workspace 目录 [--out 目录]');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
        const month = values.month;
        if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month 格式应为 YYYY-MM，例如 2026-03${month ? `：${month}` : ''}`);
        return await withWorkspace(values.workspace, (api) =>
          reportCommand(io, api.dispatch, { month, out: path.resolve(values.out ?? '.'), markReported: values['mark-reported'] ?? false }),
        );
      }
      case 'roster': {
        if (rest[0] === 'import') {
          const [, file, ...more] = rest;
          if (!file) throw new UsageError('用法：beian roster import 文件 --month YYYY-MM --workspace 目录 [--dry-run]');
          if (more.length > 0) throw new UsageError(`多余的参数：${more.join(' ')}`);
          const importMonth = values.month;
          if (!importMonth || !/^\d{4}-(0[1-9]|1[0-2])$/.test(importMonth)) throw new UsageError(`--month 格式应为 YYYY-MM，例如 2026-03${importMonth ? `：${importMonth}` : ''}`);
          return await withWorkspace(values.workspace, (api) =>
            rosterImportCommand(io, api.dispatch, { file: path.resolve(file), month: importMonth, dryRun: values['dry-run'] ?? false }),
          );
        }
        const [what, ...extra] = rest;
        if (what !== 'ics') throw new UsageError('用法：beian roster ics|import …（见 beian help）');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
        const month = values.month;
        if (!month || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month 格式应为 YYYY-MM，例如 2026-03${month ? `：${month}` : ''}`);
        return await withWorkspace(values.workspace, (api) =>
          rosterIcsCommand(io, api.dispatch, { month, out: path.resolve(values.out ?? '.'), ...(values.person ? { person: values.person } : {}) }),
        );
      }
      case 'logs': {
        const [action, target, ...extra] = rest;
        if (action !== 'seal' && action !== 'verify') throw new UsageError('用法：beian logs seal|verify 路径 --workspace 目录');
        if (!target && !values.seal) throw new UsageError('缺少日志文件或文件夹的路径');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
        return await withWorkspace(values.workspace, (api) =>
          logsCommand(io, api.dispatch, {
            action,
            json: values.json ?? false,
            ...(target ? { path: path.resolve(target) } : {}),
            ...(values.seal ? { sealId: values.seal } : {}),
            ...(values.server ? { serverId: values.server } : {}),
            ...(values.note ? { note: values.note } : {}),
          }),
        );
      }
      case 'backup': {
        if (rest.length > 0) throw new UsageError(`多余的参数：${rest.join(' ')}`);
        const out = values.out;
        if (!out) throw new UsageError('缺少 --out：请指定备份的保存位置（例如 U 盘的挂载目录）');
        return await withWorkspace(values.workspace, (api) => backupCommand(io, api.dispatch, { out, offMachine: values['off-machine'] ?? false, env: process.env }));
      }
      case 'restore': {
        const [file, ...extra] = rest;
        if (!file) throw new UsageError('缺少要恢复的备份文件（.beianbak）');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`);
        return await withWorkspace(values.workspace, (api) => restoreCommand(io, api.dispatch, { file, setAside: values['set-aside'] ?? false, env: process.env }));
      }
      default:
        throw new UsageError(`未知命令：${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ApiError) {
      printError(io, err.toJSON());
      return 1;
    }
    throw err;
  }
}
