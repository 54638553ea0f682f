// The 值班表 screen still imports from here; the helpers live in renderer/forms/.
export { recordFormProps } from '../../forms/formChrome';
