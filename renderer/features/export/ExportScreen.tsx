import { Flex } from 'antd';
import { useEffect } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { BuildCard } from './BuildCard';
import { CompletenessCard } from './CompletenessCard';
import { DestinationCard } from './DestinationCard';
import { useExportStore } from './exportStore';
import './export.css';

/** 导出备案材料: 完整性检查, then 目标位置, then 生成备案材料 → "已校验 N 个文件". */
export function ExportScreen() {
  useEffect(() => {
    // Shown again: the records may have been fixed meanwhile (去处理) and a USB drive plugged in.
    // The export itself, its progress and the options live in the store and carry on unchanged.
    const { loadCheck, loadDestinations, runState } = useExportStore.getState();
    void loadCheck();
    if (runState !== 'running') void loadDestinations();
  }, []);

  return (
    <section>
      <ScreenHeader title="导出备案材料" articles={['第九条']}>
        先做完整性检查，再把备案 PDF 与规定标准的电子图片写入目标位置（U 盘），逐个文件读回校验。
      </ScreenHeader>
      <Flex vertical gap={16} style={{ marginTop: 16 }}>
        <CompletenessCard />
        <DestinationCard />
        <BuildCard />
      </Flex>
    </section>
  );
}
