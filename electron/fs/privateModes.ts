// Files and folders holding personal data (the workspace, scans, backups, rejected rows, exports) are for
// their owner only on Linux and macOS: other local users must not read them. Windows ignores these modes
// (its folders under the user profile are private already).
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;
