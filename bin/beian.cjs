#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('备案台命令行尚未构建：请先在项目目录运行 npm run build\n');
  process.exit(2);
}
require(cli);
