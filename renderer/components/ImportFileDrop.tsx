import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';

/**
 * The first step of every table import: drop or click for a file the browser can read, or 选择文件… for one on
 * the USB drive or elsewhere (the host's own picker). Accepts what the importers read: .xlsx, .csv, .txt.
 */
export function ImportFileDrop(props: {
  reading: boolean;
  /** The text in the drop area while no file is being read. */
  prompt: string;
  hint: ReactNode;
  onFile(file: File): void;
  onChoose(): void;
}) {
  const { reading } = props;
  return (
    <>
      <Upload.Dragger
        accept=".xlsx,.csv,.txt"
        multiple={false}
        showUploadList={false}
        disabled={reading}
        beforeUpload={(file) => {
          props.onFile(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{reading ? '正在读取文件…' : props.prompt}</p>
        <p className="ant-upload-hint">{props.hint}</p>
      </Upload.Dragger>
      <Flex align="center" gap={8} wrap>
        <Typography.Text>文件在U盘或其他文件夹中时：</Typography.Text>
        <Button onClick={props.onChoose} disabled={reading}>
          选择文件…
        </Button>
      </Flex>
    </>
  );
}
