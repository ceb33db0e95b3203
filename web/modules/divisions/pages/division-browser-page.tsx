import { useCallback, useEffect, useMemo, useState } from 'react';
import { AutoComplete, Card, Col, Empty, Input, Row, Tree } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import type { DivisionNode } from '../../../../contracts/divisions.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { DivisionDetailPanel } from '../division-detail-panel.tsx';
import { LoadAllButton } from '../load-all-button.tsx';
import { divisionsApi, divisionsKey } from '../divisions.api.ts';
import { useDivisionMessages } from '../divisions.messages.ts';
import { useDebounced } from '../../../components/use-debounced.ts';

type TreeNode = { key: string; title: string; isLeaf: boolean; children?: TreeNode[] };

/** Builds antd's nested tree from the children fetched so far, level by level. */
export function buildTree(roots: DivisionNode[], childrenOf: ReadonlyMap<string, DivisionNode[]>, localTitle: (name: string) => string): TreeNode[] {
  const build = (node: DivisionNode): TreeNode => {
    const children = childrenOf.get(node.code);
    return {
      key: node.code,
      title: node.source === 'local' ? localTitle(node.name) : node.name,
      isLeaf: !node.hasChildren && !(children && children.length > 0),
      ...(children ? { children: children.map(build) } : {}),
    };
  };
  return roots.map(build);
}

/** /divisions: the tree of the account's region on the left, the chosen division and its 村情 on the right. */
export function DivisionBrowserPage() {
  const t = useDivisionMessages();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const code = params.get('code');
  const [childrenOf, setChildrenOf] = useState<Map<string, DivisionNode[]>>(new Map());
  const [expanded, setExpanded] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);

  const roots = useQuery({ queryKey: [divisionsKey, 'children', ''], queryFn: () => divisionsApi.children() });
  const found = useQuery({ queryKey: [divisionsKey, 'search', q], queryFn: () => divisionsApi.search(q), enabled: q.length > 0 });

  const loadChildren = useCallback(async (parent: string) => {
    const result = await divisionsApi.children(parent);
    setChildrenOf((current) => new Map(current).set(parent, result.items));
  }, []);

  const navigate = useCallback(
    (next: string) => {
      setParams((current) => {
        const updated = new URLSearchParams(current);
        updated.set('code', next);
        return updated;
      });
    },
    [setParams],
  );

  // Opening a division from search or a breadcrumb unfolds the tree down to it.
  const chosen = useQuery({ queryKey: [divisionsKey, 'detail', code], queryFn: () => divisionsApi.get(code!), enabled: Boolean(code) });
  const ancestors = chosen.data?.ancestors;
  useEffect(() => {
    if (!ancestors || !roots.data) return;
    let cancelled = false;
    const chain = ancestors.map((a) => a.code);
    const start = chain.findIndex((c) => roots.data.items.some((r) => r.code === c));
    if (start < 0) return;
    const visible = chain.slice(start);
    void (async () => {
      for (const ancestor of visible) {
        if (cancelled) return;
        if (!childrenOf.has(ancestor)) await loadChildren(ancestor);
      }
      if (!cancelled) setExpanded((current) => [...new Set([...current, ...visible])]);
    })();
    return () => {
      cancelled = true;
    };
    // Only a new chosen division unfolds the tree; later loads must not re-run it.
  }, [ancestors, roots.data]);

  const treeData = useMemo(() => buildTree(roots.data?.items ?? [], childrenOf, (name) => t('tree.local', { name })), [roots.data, childrenOf, t]);

  if (roots.isError) return <LoadFailedResult error={roots.error} onRetry={() => void roots.refetch()} />;

  return (
    <>
      <PageHeader title={t('browser.title')} subtitle={t('browser.subtitle')} extra={can('divisions.load') ? <LoadAllButton /> : null} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card>
            <AutoComplete
              style={{ width: '100%', marginBottom: 12 }}
              value={search}
              onChange={setSearch}
              onSelect={(value: string) => {
                setSearch('');
                navigate(value);
              }}
              options={(found.data?.items ?? []).map((item) => ({ value: item.code, label: item.path }))}
            >
              <Input.Search placeholder={t('browser.search')} allowClear loading={found.isFetching} />
            </AutoComplete>
            <Tree
              treeData={treeData}
              loadData={async (node) => {
                if (!childrenOf.has(String(node.key))) await loadChildren(String(node.key));
              }}
              expandedKeys={expanded}
              onExpand={(keys) => setExpanded(keys.map(String))}
              selectedKeys={code ? [code] : []}
              onSelect={(keys) => {
                const [key] = keys;
                if (key !== undefined) navigate(String(key));
              }}
              height={560}
              blockNode
            />
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          {code ? (
            <DivisionDetailPanel key={code} code={code} onNavigate={navigate} onChildrenChanged={(parent) => void loadChildren(parent)} />
          ) : (
            <Card>
              <Empty description={t('browser.pick')} />
            </Card>
          )}
        </Col>
      </Row>
    </>
  );
}
