import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Radio, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SPACE_FILTERS } from '../../../shared/api/customerSpaceMethods';
import { formatCount } from '../../format';
import type { SpaceCounts, SpaceFilter } from './spaceStore';

/** How long typing must pause before the list is searched again. */
const SEARCH_DEBOUNCE_MS = 150;

export function SpaceFilters({
  query,
  filter,
  counts,
  onQuery,
  onFilter,
}: {
  query: string;
  filter: SpaceFilter;
  counts: SpaceCounts | null;
  onQuery(query: string): void;
  onFilter(filter: SpaceFilter): void;
}) {
  const [text, setText] = useState(query);

  useEffect(() => {
    if (text === query) return;
    const timer = window.setTimeout(() => onQuery(text), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, query, onQuery]);

  return (
    <Flex wrap gap={16} align="center">
      <Flex align="center" gap={8}>
        <label htmlFor="space-search">搜索客户空间</label>
        <Input
          id="space-search"
          type="search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder="搜索空间编号、租用者、证件号码或域名"
          value={text}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
          style={{ width: 340 }}
        />
      </Flex>
      <Flex align="center" gap={8}>
        <Typography.Text id="space-report-filter-label">按报送状态筛选</Typography.Text>
        <Radio.Group
          aria-labelledby="space-report-filter-label"
          optionType="button"
          value={filter}
          onChange={(e) => onFilter(e.target.value as SpaceFilter)}
          options={SPACE_FILTERS.map((f) => ({ value: f, label: counts ? `${f} ${formatCount(counts[f])}` : f }))}
        />
      </Flex>
    </Flex>
  );
}
