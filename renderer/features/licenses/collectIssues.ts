// The 值班表 screen still imports from here; the helpers live in renderer/forms/.
export { collectIssues, type RuleIssue } from '../../forms/collectIssues';
