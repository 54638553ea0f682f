import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Radio, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SERVER_PURPOSES } from '../../../shared/records/server';
import { STATUS_FILTERS, type StatusFilter } from './filingState';
import type { ServerFilter } from './serverSearch';

/** How long typing must pause before the list is filtered again. */
const SEARCH_DEBOUNCE_MS = 150;

export function ServerFilters({ filter, onChange }: { filter: ServerFilter; onChange(f: Partial<ServerFilter>): void }) {
  const [text, setText] = useState(filter.query);

  useEffect(() => {
    if (text === filter.query) return;
    const timer = window.setTimeout(() => onChange({ query: text }), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, filter.query, onChange]);

  return (
    <Flex wrap gap={16} align="center">
      <Flex align="center" gap={8}>
        <label htmlFor="server-search">搜索服务器</label>
        <Input
          id="server-search"
          type="search"
          allowClear
          prefix={<SearchOutlined aria-hidden />}
          placeholder="资产编号、主机名、IP、机柜"
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 260 }}
        />
      </Flex>
      <Flex align="center" gap={8}>
        <label htmlFor="server-purpose-filter">按用途筛选</label>
        <Select
          id="server-purpose-filter"
          showSearch={{ optionFilterProp: 'label' }}
          value={filter.purpose}
          onChange={(purpose) => onChange({ purpose })}
          options={[{ value: 'all', label: '全部用途' }, ...SERVER_PURPOSES.map((p) => ({ value: p, label: p }))]}
          style={{ width: 160 }}
        />
      </Flex>
      <Flex align="center" gap={8}>
        <Typography.Text id="server-status-filter-label">按备案状态筛选</Typography.Text>
        <Radio.Group
          aria-labelledby="server-status-filter-label"
          optionType="button"
          value={filter.status}
          onChange={(e) => onChange({ status: e.target.value as StatusFilter })}
          options={Object.entries(STATUS_FILTERS).map(([value, label]) => ({ value, label }))}
        />
      </Flex>
    </Flex>
  );
}
