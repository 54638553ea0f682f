import { describe, expect, it } from 'vitest';
import { standardFileName, standardImageList, type ImageSourceRecords } from '../../../electron/standardImages';

const sha = (n: number) => n.toString(16).padStart(64, '0');

function license(kind: string, scans: string[], title = '', number = 'X') {
  return { kind: kind as '营业执照', title, number, scans };
}
function person(name: string, roles: string[], idFront = '', idBack = '') {
  return { name, roles: roles as ['法定代表人'], idFront, idBack };
}

describe('standardImageList', () => {
  it('names every scan by what it is, numbered as 第九条 lists them', () => {
    const records: ImageSourceRecords = {
      licenses: [
        license('其他', [sha(9)], 'ISO/IEC 27001:2013 认证证书'),
        license('营业执照', [sha(1), sha(2)]),
        license('电信业务经营许可证', [sha(3)]),
      ],
      people: [
        person('张示例', ['法定代表人', '主要负责人'], sha(4), sha(5)),
        person('李示例', ['主要负责人'], sha(6)),
        person('王示例', ['安全员'], sha(7), sha(8)),
      ],
    };
    expect(standardImageList(records)).toEqual([
      { fileName: '01_营业执照_1.jpg', sha256: sha(1), title: '营业执照（第 1 页，共 2 页）' },
      { fileName: '01_营业执照_2.jpg', sha256: sha(2), title: '营业执照（第 2 页，共 2 页）' },
      { fileName: '02_电信业务经营许可证.jpg', sha256: sha(3), title: '电信业务经营许可证' },
      { fileName: '03_法定代表人_张示例_证件正面.jpg', sha256: sha(4), title: '法定代表人 张示例 证件正面' },
      { fileName: '03_法定代表人_张示例_证件反面.jpg', sha256: sha(5), title: '法定代表人 张示例 证件反面' },
      { fileName: '04_主要负责人_张示例_证件正面.jpg', sha256: sha(4), title: '主要负责人 张示例 证件正面' },
      { fileName: '04_主要负责人_张示例_证件反面.jpg', sha256: sha(5), title: '主要负责人 张示例 证件反面' },
      { fileName: '04_主要负责人_李示例_证件正面.jpg', sha256: sha(6), title: '主要负责人 李示例 证件正面' },
      { fileName: '05_其他证照_ISO_IEC 27001_2013 认证证书.jpg', sha256: sha(9), title: '其他证照 ISO/IEC 27001:2013 认证证书' },
    ]);
  });

  it('one 营业执照 scan has the plain name; nothing is listed without scans', () => {
    const list = standardImageList({ licenses: [license('营业执照', [sha(1)]), license('电信业务经营许可证', [])], people: [person('赵示例', ['法定代表人'])] });
    expect(list.map((e) => e.fileName)).toEqual(['01_营业执照.jpg']);
  });

  it('keeps names unique (same name twice, case folded) and Windows-safe, at most 100 characters', () => {
    const long = '很长的证照名称'.repeat(30);
    const list = standardImageList({
      licenses: [
        license('其他', [sha(1)], 'abc'),
        license('其他', [sha(2)], 'ABC'),
        license('其他', [sha(3), sha(4)], long),
        license('其他', [sha(5)], ' a<b>c|d?"e*  . '),
      ],
      people: [person('张三', ['法定代表人'], sha(6)), person('张三', ['法定代表人'], sha(7))],
    });
    const names = list.map((e) => e.fileName);
    expect(names).toContain('05_其他证照_abc.jpg');
    expect(names).toContain('05_其他证照_ABC_2.jpg');
    expect(names).toContain('03_法定代表人_张三_证件正面.jpg');
    expect(names).toContain('03_法定代表人_张三_证件正面_2.jpg');
    expect(names).toContain('05_其他证照_a_b_c_d__e_.jpg');
    const longOnes = names.filter((n) => n.includes('很长'));
    expect(longOnes).toHaveLength(2);
    expect(longOnes[0]).toMatch(/_1\.jpg$/);
    expect(longOnes[1]).toMatch(/_2\.jpg$/);
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(100);
      expect(n).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
      expect(n).toBe(n.trim());
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('standardFileName never yields an empty name', () => {
    expect(standardFileName(['  ', '...'])).toBe('图片.jpg');
  });
});
