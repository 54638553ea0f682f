import { LoadingOutlined } from '@ant-design/icons';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { Shell } from './shell/Shell';

/**
 * Every form label is its input's accessible name and must be exactly the LABELS.md text. antd draws
 * the colon and the required asterisk with CSS ::before/::after, which Chromium folds into the name
 * ("* 单位名称 :"); so no colon, and an asterisk whose CSS alternative text is empty (app.css).
 */
const requiredMark = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-label">{label}</span> : label;

/**
 * Ant Design injects its styles at run time; under the host's CSP (style-src 'self' 'nonce-…') each
 * <style> must carry the per-response nonce, which ConfigProvider's `csp` passes to every injector.
 */
export function App({ nonce }: { nonce: string | undefined }) {
  return (
    <ConfigProvider
      csp={nonce ? { nonce } : undefined}
      locale={zhCN}
      // antd would space out two-character Chinese labels ("保 存"); the accessible name must stay 保存.
      // A loading icon given here is drawn and removed at once: antd's default one leaves only on a CSS
      // transitionend that Chromium sometimes never sends, and stayed in the name ("loading 撤销").
      button={{ autoInsertSpace: false, loadingIcon: <LoadingOutlined aria-hidden /> }}
      form={{ colon: false, requiredMark }}
      // No animations. antd ends a motion (a dialog opening or closing, a spinner leaving a button) only
      // when the browser sends transitionend, and a busy Chromium sometimes never does: a dialog then
      // ignored clicks and a finished button kept its spinner. An office form gains nothing from them.
      theme={{ token: { motion: false } }}
    >
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
