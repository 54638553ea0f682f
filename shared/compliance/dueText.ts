/** "5 天后到期" / "今天到期" / "已逾期 3 天": how a filing deadline stands, from the days left until it. */
export function dueText(daysLeft: number): string {
  if (daysLeft > 0) return `${daysLeft} 天后到期`;
  if (daysLeft === 0) return '今天到期';
  return `已逾期 ${-daysLeft} 天`;
}

/** The same for a license's 有效期至, the last valid day: the day after it the license has expired. */
export function expiryText(daysLeft: number): string {
  if (daysLeft > 0) return `${daysLeft} 天后到期`;
  if (daysLeft === 0) return '今天到期';
  return `已过期 ${-daysLeft} 天`;
}
