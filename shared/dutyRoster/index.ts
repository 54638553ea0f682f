/** 值班表 dutyRoster engine (第十三条（二）: 专人二十四小时值班), pure TypeScript, all times China Standard Time. */
export * from './time';
export * from './shifts';
export * from './generate';
export * from './overrides';
export * from './coverage';
export * from './now';
export * from './workingTime';
export * from './ics';
export * from './patterns';
export * from './rosterImport';
export * from './averaging';
