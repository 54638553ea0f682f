import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { REGULATION_TITLE } from '../regulation';

/** The legal basis of a screen or field: 第X条 of the regulation, as tags. */
export function Articles({ articles, label = '依据' }: { articles: readonly string[]; label?: string }) {
  if (articles.length === 0) return null;
  return (
    <span title={REGULATION_TITLE}>
      <Typography.Text type="secondary">{label}：</Typography.Text>
      {articles.map((a) => (
        <Tag key={a} color="blue" variant="outlined">
          {a}
        </Tag>
      ))}
    </span>
  );
}

export function ScreenHeader({
  title,
  articles = [],
  children,
  extra,
}: {
  title: string;
  articles?: readonly string[];
  children?: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <header className="screen-header">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex align="center" wrap gap={12}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Articles articles={articles} />
        </Flex>
        {extra}
      </Flex>
      {children ? <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{children}</Typography.Paragraph> : null}
    </header>
  );
}
