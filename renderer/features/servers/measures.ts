// The 缺措施 tag of the 服务器 list: the shared rule, never a copy of it.
export { missingMeasures, type MissingMeasure } from '../../../shared/compliance/serverMeasures';
