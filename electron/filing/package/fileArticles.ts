// The articles of 《厦门市服务器托管行业安全管理规定》 each file of the package serves, by its number: printed in
// 00_材料清单 and carried in manifest.json.
const BY_NUMBER: Record<string, string[]> = {
  '00': ['第九条（一）'],
  '01': ['第二条', '第三条', '第九条', '第十一条'],
  '02': ['第十条', '第十三条（一）'],
  '03': ['第十三条（二）'],
  '04': ['第三条', '第四条', '第五条', '第六条', '第七条', '第八条'],
  '05': ['第四条', '第十二条'],
  '06': ['第十三条（三）'],
  '07': ['第十三条（五）'],
  '08': ['第十三条（二）'],
};

/** The articles of a package file ('images/…' are the standard electronic images of 第九条（二）). */
export function articlesOfPackageFile(filePath: string): string[] {
  if (filePath.startsWith('images/')) return ['第九条（二）'];
  const number = /^(\d{2})_/.exec(filePath)?.[1];
  return (number && BY_NUMBER[number]) || [];
}
