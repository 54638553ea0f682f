import { useEffect, useState } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import type { RecordListState } from './recordStore';

/**
 * A list screen's view of its store (证照, 人员): loads on mount, finds the record saved last, and opens
 * the editor with a fresh form instance each time (formKey), so that 新增 after 编辑 starts clean.
 */
export function useRecordList<Stored extends { id: string }, Values>(useStore: UseBoundStore<StoreApi<RecordListState<Stored, Values>>>) {
  const list = useStore((s) => s.list);
  const loadState = useStore((s) => s.loadState);
  const loadError = useStore((s) => s.loadError);
  const editor = useStore((s) => s.editor);
  const lastSavedId = useStore((s) => s.lastSavedId);
  const load = useStore((s) => s.load);
  const startNew = useStore((s) => s.startNew);
  const startEdit = useStore((s) => s.startEdit);
  const remove = useStore((s) => s.remove);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    void load();
  }, [load]);

  return {
    list,
    loadState,
    loadError,
    editor,
    lastSaved: lastSavedId ? list.find((r) => r.id === lastSavedId) : undefined,
    load,
    remove,
    formKey,
    openNew() {
      setFormKey((k) => k + 1);
      startNew();
    },
    openEdit(id: string) {
      setFormKey((k) => k + 1);
      startEdit(id);
    },
  };
}
