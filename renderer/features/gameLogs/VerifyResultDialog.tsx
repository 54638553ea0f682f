import { Alert, Button, Modal, Typography } from 'antd';
import { useGameLogsStore } from './gameLogsStore';
import { chinaTime } from './sealFormat';

/** 核验结果: green when every sealed file is as it was, red listing what changed or a broken chain of seals. */
export function VerifyResultDialog() {
  const result = useGameLogsStore((s) => s.verified);
  const close = useGameLogsStore((s) => s.closeVerified);
  if (!result) return null;
  const [summary, ...details] = result.lines;
  const title = !result.chainOk ? '封存记录链校验失败' : result.ok ? '核验通过' : '核验未通过：日志被修改或删除';
  return (
    <Modal
      open
      title="核验结果"
      onCancel={close}
      footer={
        <Button type="primary" onClick={close}>
          关闭
        </Button>
      }
      width={720}
    >
      <Typography.Paragraph type="secondary">
        {result.seal.path} · 封存于 {chinaTime(result.seal.sealedAt)}（北京时间）
      </Typography.Paragraph>
      <Alert
        type={result.ok ? 'success' : 'error'}
        showIcon
        title={title}
        description={
          <div role="list" aria-label="核验结果明细" style={{ maxHeight: 360, overflowY: 'auto' }}>
            {[summary, ...details].map((line, i) => (
              <div role="listitem" key={i} style={{ wordBreak: 'break-all' }}>
                {line}
              </div>
            ))}
          </div>
        }
      />
    </Modal>
  );
}
