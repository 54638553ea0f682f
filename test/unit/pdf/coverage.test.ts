import { describe, expect, it } from 'vitest';
import { findMissingCharacters as findWithFaces, splitRuns } from '../../../electron/pdf/coverage';
import { loadFaces } from '../../../electron/pdf/fonts';
import { findMissingCharacters } from '../../../electron/pdf';

describe('findMissingCharacters', () => {
  const faces = loadFaces();

  it('finds both faces in node_modules and parses them', () => {
    expect(faces.map((f) => f.font.postscriptName)).toEqual(['NotoSansSC-Regular', 'NotoSansJP-Regular']);
  });

  it('reports 𠮷 (U+20BB7) by record and field when only the main face is there', () => {
    const texts = [
      { record: '人员：吉田', field: '姓名', text: '𠮷田\n𠮷' },
      { record: '人员：王芳', field: '姓名', text: '王芳' },
    ];
    expect(findWithFaces(faces.slice(0, 1), texts)).toEqual([{ record: '人员：吉田', field: '姓名', char: '𠮷', codePoint: 'U+20BB7' }]);
  });

  it('draws 𠮷 with the fallback face (Noto Sans JP), so it is not missing', () => {
    expect(findMissingCharacters([{ record: '人员：吉田', field: '姓名', text: '𠮷田' }])).toEqual([]);
    expect(splitRuns(faces, '张𠮷田')).toEqual([
      { face: 0, text: '张' },
      { face: 1, text: '𠮷' },
      { face: 0, text: '田' },
    ]);
  });

  it('reports characters no face has (Extension B 𪛖 U+2A6D6, 𡘙 U+21619), each once per field', () => {
    const missing = findMissingCharacters([
      { record: '客户：厦门某公司', field: '联系人', text: '李𪛖𪛖' },
      { record: '服务器：S-01', field: '备注', text: 'rack 𡘙 ok\t' },
    ]);
    expect(missing).toEqual([
      { record: '客户：厦门某公司', field: '联系人', char: '𪛖', codePoint: 'U+2A6D6' },
      { record: '服务器：S-01', field: '备注', char: '𡘙', codePoint: 'U+21619' },
    ]);
  });

  it('covers the common name characters, punctuation and Latin of the forms', () => {
    const text = '喆赟堃玥昇䶮鿏囧 （）【】《》，。：；、“”‘’—…·ABCxyz0123456789@-_/.%';
    expect(findMissingCharacters([{ record: 'r', field: 'f', text }])).toEqual([]);
  });
});
