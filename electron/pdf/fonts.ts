// The fonts of the filing PDFs, located and loaded once.
//
// Choice (issue 5): Noto Sans SC Regular from the npm package @expo-google-fonts/noto-sans-sc, with
// Noto Sans JP Regular from @expo-google-fonts/noto-sans-jp as the fallback face.
// - Both packages ship the full Google Fonts TrueType files (one .ttf per weight), not web fonts cut into
//   unicode-range WOFF2 slices as @fontsource/* and the lxgw-wenkai-*webfont packages do. The fonts are
//   under the SIL Open Font License 1.1 (each package's LICENSE_FONT: "Copyright 2014-2021 Adobe …
//   licensed under the SIL Open Font License, Version 1.1"; the package's own LICENSE, MIT, covers the
//   JS wrapper only). No font binary is committed to this repository.
// - Noto Sans SC (10.5 MB) covers GB 18030's common set, 4E00–9FEF and 54 Extension B ideographs; it
//   lacks e.g. 𠮷 (U+20BB7). Noto Sans JP (5.5 MB) has 𠮷 among its 353 Extension B
//   ideographs (JIS X 0213). No npm package offers a practical face with all of Extension B (42,720
//   ideographs): @fontsource/unifontex is a bitmap-style face with ~285 of them, and no Noto CJK,
//   Plangothic or BabelStone package is there. So a character neither face has is reported by
//   coverage.ts before export (findMissingCharacters), never dropped in silence.
// - Installed size: the packages carry all 9 weights (92 MB and 49 MB in node_modules, dev only); the
//   app needs only the two Regular files (16 MB), so the build copies them to assets/fonts/ (as it
//   copies sql-wasm.wasm) and the packages stay devDependencies. Here assets/fonts/ is tried first,
//   then node_modules through require.resolve.
// - Rejected: @librescore/fonts (a 3.5 MB "min" Source Han Sans CN WOFF2 of common characters only,
//   no license file), @openfonts/noto-sans-sc_all (WOFF only, 92 MB package).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { appRoot } from '../appRoot';

// The ES build of @pdf-lib/fontkit has only a default export; its types declare named ones.
type Fontkit = typeof fontkitModule;
export const fontkit: Fontkit = ((fontkitModule as unknown as { default?: Fontkit }).default ?? fontkitModule);

export interface FaceSource {
  /** Short name, also the start of the embedded font's PDF name. */
  id: string;
  /** File name under assets/fonts/ in the packaged app. */
  file: string;
  /** The same file inside its npm package (for require.resolve). */
  module: string;
}

/** In order of preference: a character is drawn with the first face that has it. */
export const FACE_SOURCES: readonly FaceSource[] = [
  { id: 'NotoSansSC', file: 'NotoSansSC_400Regular.ttf', module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { id: 'NotoSansJP', file: 'NotoSansJP_400Regular.ttf', module: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf' },
];

export interface Face {
  id: string;
  path: string;
  bytes: Uint8Array;
  font: Font;
}

/** The app's root (dist/electron/*.cjs or electron/pdf/*.ts), else the repo a bench or test runs in. */
function roots(): string[] {
  const all = [appRoot(), process.env.BEIAN_REPO_ROOT, process.cwd()].filter((r): r is string => !!r);
  return [...new Set(all)];
}

/** Where a face's file is: assets/fonts/ (packaged app, copied at build time), else node_modules. */
export function locateFace(source: FaceSource): string {
  for (const root of roots()) {
    const copied = path.join(root, 'assets', 'fonts', source.file);
    if (existsSync(copied)) return copied;
  }
  for (const root of roots()) {
    try {
      // Also searches NODE_PATH, as scripts/bench.mjs sets it.
      return createRequire(path.join(root, 'package.json')).resolve(source.module);
    } catch {
      // try the next root
    }
  }
  throw new Error(`PDF font ${source.file} not found in assets/fonts/ or node_modules (${source.module})`);
}

let loaded: Face[] | undefined;

/** Every face, parsed once per process (fontkit reads tables lazily: ~10 ms, not the 16 MB). */
export function loadFaces(): Face[] {
  loaded ??= FACE_SOURCES.map((source) => {
    const file = locateFace(source);
    const bytes = new Uint8Array(readFileSync(file));
    return { id: source.id, path: file, bytes, font: fontkit.create(bytes) };
  });
  return loaded;
}
