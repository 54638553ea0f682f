import { LoadingOutlined } from '@ant-design/icons';
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { Shell } from './shell/Shell';

/**
 * Every form label is its input's accessible name and must be exactly the docs/LABELS.md text. antd draws
 * the colon and the required asterisk with CSS ::before/::after, which Chromium folds into the name
 * ("* 单位名称 :"); so no colon, and an asterisk whose CSS alternative text is empty (app.css).
 */
const requiredMark = (label: ReactNode, { required }: { required: boolean }) =>
  required ? <span className="required-label">{label}</span> : label;

/**
 * Contrast (WCAG AA, 4.5:1 for body text), set once here rather than screen by screen: antd's defaults give
 * grey help text 3.4:1, green/gold status tags 2.2:1 and 1.8:1, red links 3.3:1 and the blue of the
 * selected menu item 3.7:1. Status tags take their text from colorSuccess/colorWarning/colorError, preset
 * tags (color="green") from the palette's 7th step, so both are darkened here.
 */
const APP_THEME: ThemeConfig = {
  token: {
    // No animations. antd ends a motion (a dialog opening or closing, a spinner leaving a button) only
    // when the browser sends transitionend, and a busy Chromium sometimes never does: a dialog then
    // ignored clicks and a finished button kept its spinner. An office form gains nothing from them.
    motion: false,
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorSuccess: '#237804',
    colorWarning: '#874d00',
    colorError: '#cf1322',
    // The pale backgrounds and borders of tags and alerts, as antd draws them by default: derived from the darker
    // text colours above they came out grey-green and brown (the 完好 tag 2.7:1).
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBorder: '#ffe58f',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    colorInfoBg: '#e6f4ff',
    colorInfoBorder: '#91caff',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    green7: '#237804',
    orange7: '#ad4e00',
    gold7: '#874d00',
    cyan7: '#006d75',
    lime7: '#3f6600',
  },
};

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
      theme={APP_THEME}
    >
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  );
}
