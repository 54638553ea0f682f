export declare const CHROMIUM_PATH: string;
declare const _default: import("playwright/test").PlaywrightTestConfig<{}, {}>;
export default _default;
