import { LoadingOutlined } from '@ant-design/icons';

/**
 * The spinner of a button whose change is running, given as its `icon` (with `disabled`), not as `loading`.
 * antd's loading icon leaves with a CSS transition and is removed only on its `transitionend`; when the change
 * ends within a frame or two of starting (a fast save on a busy machine) Chromium may never deliver that event,
 * and the icon stays in the button for good: invisible, yet in its accessible name ("loading 撤销"). An `icon`
 * is drawn only while given and removed at once.
 */
export const busyIcon = (on: boolean) => (on ? <LoadingOutlined /> : undefined);
