export declare function mimeType(file: string): string;
/**
 * Maps a URL path to a file inside `root`, or null when it would leave it (`..`, encoded
 * separators, absolute paths, NUL). "/" is index.html.
 */
export declare function resolveStaticPath(root: string, urlPath: string): string | null;
