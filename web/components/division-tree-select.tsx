import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import type { DivisionDetail, DivisionLevelCode, DivisionNode, DivisionSearchItem } from '../../contracts/divisions.ts';
import { api } from '../platform/api.ts';
import { defineMessages } from '../platform/i18n.tsx';
import { useDebounced } from './use-debounced.ts';

const useMessages = defineMessages({
  placeholder: { zh: '请选择行政区划（可输入名称或拼音首字母搜索）', en: 'Choose a division (type a name or pinyin initials)' },
  empty: { zh: '没有匹配的行政区划', en: 'No matching division' },
  searching: { zh: '搜索中…', en: 'Searching…' },
});

type Labeled = { value: string; label: string };
type ListResult<T> = { items: T[]; total: number };

export const rootKey = '__divisions_root__';

/** A node in antd's simple tree mode: id/pId link it to its parent, value is what the form stores. */
export type DivisionOption = {
  id: string;
  pId: string;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
  level: DivisionLevelCode;
};

/** With a level, only that level is chosen and the tree ends there (a village picker never opens villager groups). */
export function toTreeOption(node: DivisionNode, parentKey: string, level?: DivisionLevelCode): DivisionOption {
  return {
    id: node.code,
    pId: parentKey,
    value: node.code,
    title: node.name,
    isLeaf: !node.hasChildren || node.level === level,
    selectable: !level || node.level === level,
    level: node.level,
  };
}

/** Search results are flat: each shows its whole path so two 新村 in different townships are told apart. */
export function toSearchOption(item: DivisionSearchItem, level?: DivisionLevelCode): DivisionOption {
  return { id: item.code, pId: rootKey, value: item.code, title: item.path, isLeaf: true, selectable: !level || item.level === level, level: item.level };
}

export type DivisionTreeSelectProps = {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  /** Only nodes of this level can be chosen (e.g. 'village'); the tree stops expanding there. */
  level?: DivisionLevelCode;
  multiple?: boolean;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
};

/**
 * Picks divisions inside the account's region: the tree loads one level at a time from
 * /api/divisions?parent=, and typing searches /api/divisions/search by name, pinyin initials or code.
 */
export function DivisionTreeSelect({ value, onChange, level, multiple, placeholder, disabled, allowClear = true, style, id }: DivisionTreeSelectProps) {
  const t = useMessages();
  const [nodes, setNodes] = useState<Map<string, DivisionOption>>(new Map());
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const top = useQuery({ queryKey: ['divisions', 'children', rootKey], queryFn: () => api.get<ListResult<DivisionNode>>('/api/divisions') });
  useEffect(() => {
    if (!top.data) return;
    setNodes((current) => {
      const next = new Map(current);
      for (const node of top.data.items) next.set(node.code, toTreeOption(node, rootKey, level));
      return next;
    });
  }, [top.data, level]);

  const found = useQuery({
    queryKey: ['divisions', 'search', q, level ?? ''],
    queryFn: () => api.get<ListResult<DivisionSearchItem>>('/api/divisions/search', { q, level, pageSize: 50 }),
    enabled: q.length > 0,
  });

  const selected = useMemo(() => (value == null ? [] : Array.isArray(value) ? value : [value]), [value]);

  // A value set from outside (an edit form) shows its path, fetched once per code.
  useEffect(() => {
    const unknown = selected.filter((code) => !labels.has(code) && !nodes.has(code));
    if (unknown.length === 0) return;
    let cancelled = false;
    void Promise.all(
      unknown.map((code) =>
        api
          .get<DivisionDetail>(`/api/divisions/${encodeURIComponent(code)}`)
          .then((detail) => [code, detail.path] as const)
          .catch(() => [code, code] as const),
      ),
    ).then((pairs) => {
      if (!cancelled) setLabels((current) => new Map([...current, ...pairs]));
    });
    return () => {
      cancelled = true;
    };
  }, [selected, labels, nodes]);

  const loadData = useCallback(
    async (option: { id?: string | number; value?: string | number }) => {
      const parent = String(option.id ?? option.value);
      const children = await api.get<ListResult<DivisionNode>>('/api/divisions', { parent });
      setNodes((current) => {
        const next = new Map(current);
        for (const node of children.items) next.set(node.code, toTreeOption(node, parent, level));
        return next;
      });
    },
    [level],
  );

  const searching = q.length > 0;
  const treeData = searching ? (found.data?.items ?? []).map((item) => toSearchOption(item, level)) : [...nodes.values()];
  const labelOf = (code: string): string => labels.get(code) ?? nodes.get(code)?.title ?? code;
  const labeled: Labeled[] = selected.map((code) => ({ value: code, label: labelOf(code) }));

  const handleChange = (next: Labeled | Labeled[] | null | undefined): void => {
    const list = next == null ? [] : Array.isArray(next) ? next : [next];
    setLabels((current) => {
      const updated = new Map(current);
      for (const item of list) {
        const fromSearch = found.data?.items.find((i) => i.code === item.value);
        updated.set(item.value, fromSearch?.path ?? String(item.label));
      }
      return updated;
    });
    const codes = list.map((item) => item.value);
    onChange?.(multiple ? codes : (codes[0] ?? null));
  };

  return (
    <TreeSelect<Labeled | Labeled[]>
      id={id}
      style={{ width: '100%', ...style }}
      labelInValue
      value={multiple ? labeled : (labeled[0] ?? undefined)}
      onChange={handleChange}
      multiple={multiple}
      disabled={disabled}
      allowClear={allowClear}
      placeholder={placeholder ?? t('placeholder')}
      treeDataSimpleMode={{ id: 'id', pId: 'pId', rootPId: rootKey }}
      treeData={treeData}
      loadData={searching ? undefined : loadData}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false, autoClearSearchValue: true }}
      notFoundContent={searching && found.isFetching ? t('searching') : t('empty')}
      loading={top.isPending || (searching && found.isFetching)}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320, maxWidth: 560 } } }}
    />
  );
}
