import { FileOutlined, FolderOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, List, Modal, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import type { Picked } from '../../shared/api/pickerMethods';
import { api, errorMessage } from '../api/client';

export type { Picked };

type Kind = 'folder' | 'file';
interface Listing {
  folder: Picked | null;
  parent: Picked | null;
  entries: Picked[];
  truncated: boolean;
}

/** In the desktop app the preload bridge is there: the main process's own dialog answers. */
const inDesktopApp = () => typeof window !== 'undefined' && !!window.beian;

/**
 * The one way a window chooses a folder or file: the system dialog in the desktop app, in the browser an in-app
 * browser of the home folder and the mounted drives. Either way the answer is a handle the main process issued
 * (picker.native / picker.browse), never a typed path.
 */
export function usePathPicker(): { pick(opts: { kind: Kind; title: string }): Promise<Picked | null>; picker: ReactNode } {
  const [open, setOpen] = useState<{ kind: Kind; title: string } | null>(null);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settle = useRef<((p: Picked | null) => void) | null>(null);

  const browse = async (folder: Picked | null, kind: Kind) => {
    setBusy(true);
    setError(null);
    try {
      setListing(await api['picker.browse']({ ...(folder ? { folder: folder.handle } : {}), files: kind === 'file' }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const finish = (p: Picked | null) => {
    settle.current?.(p);
    settle.current = null;
    setOpen(null);
    setListing(null);
  };

  const pick = async (opts: { kind: Kind; title: string }): Promise<Picked | null> => {
    if (inDesktopApp()) return api['picker.native'](opts);
    settle.current?.(null);
    setOpen(opts);
    void browse(null, opts.kind);
    return new Promise((resolve) => {
      settle.current = resolve;
    });
  };

  const current = listing?.folder ?? null;
  const picker = open ? (
    <Modal
      open
      title={open.title}
      width={640}
      onCancel={() => finish(null)}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }} title={current?.path}>
            {current ? current.path : '主目录和已挂载的磁盘'}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={() => finish(null)}>取消</Button>
            {open.kind === 'folder' ? (
              <Button type="primary" disabled={!current || busy} onClick={() => finish(current)}>
                选择此文件夹
              </Button>
            ) : null}
          </Flex>
        </Flex>
      }
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Flex gap={8} style={{ marginBottom: 8 }}>
        <Button size="small" disabled={busy || !current} onClick={() => void browse(listing?.parent ?? null, open.kind)}>
          {listing?.parent ? '上一级' : '回到起点'}
        </Button>
      </Flex>
      {/* The list's name sits on a group: antd's list is a plain div, which may not carry a name (axe). */}
      <div role="group" aria-label={current ? `${current.path} 中的${open.kind === 'file' ? '文件夹和文件' : '文件夹'}` : '起点'}>
        <List<Picked>
          size="small"
          bordered
          loading={busy}
          dataSource={listing?.entries ?? []}
          locale={{ emptyText: open.kind === 'file' ? '这个文件夹是空的' : '这个文件夹中没有子文件夹' }}
          style={{ maxHeight: 380, overflow: 'auto' }}
          renderItem={(e) => (
            <List.Item style={{ padding: 0 }}>
              <Button
                type="text"
                block
                style={{ justifyContent: 'flex-start' }}
                icon={e.kind === 'folder' ? <FolderOutlined aria-hidden /> : <FileOutlined aria-hidden />}
                onClick={() => (e.kind === 'folder' ? void browse(e, open.kind) : finish(e))}
              >
                {current ? e.name : e.path}
              </Button>
            </List.Item>
          )}
        />
      </div>
      {listing?.truncated ? <Typography.Text type="secondary">只列出了前 2000 项。</Typography.Text> : null}
    </Modal>
  ) : null;

  return { pick, picker };
}
