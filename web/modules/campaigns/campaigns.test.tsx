import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CampaignTaskView, CampaignView, LedgerEntryView } from '../../../contracts/campaigns.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { LedgerForm } from './components/ledger-form.tsx';
import { TasksTab } from './components/tasks-tab.tsx';

const me = (abilities: string[]) => accountWith(abilities, { username: 'caizheng-party', displayName: '机关党委', role: 'unit_party', divisionCode: '530000000000', divisionName: '云南省' });

const campaign: CampaignView = {
  id: 'c1',
  name: '“五千行动”',
  year: 2025,
  divisionCode: '530000000000',
  divisionName: '云南省',
  status: 'running',
  lines: ['branch_village', 'secretary_household', 'member_service'],
  startsOn: '2025-01-01',
  endsOn: '2026-06-30',
  description: null,
  formula: { weights: { branch_village: 33.33, secretary_household: 33.33, member_service: 33.33 }, capPercent: 100, fullScore: 100 },
  abilities: { manage: false, createTask: true, record: true },
};

const branchId = '3f1c2a9e-5b7d-4c1a-9e2f-8a6b4c3d2e10';
const branches = { items: [{ id: branchId, name: '财政厅机关第一党支部', unitId: 'u1', unitName: '云南省财政厅', mine: false }] };

const entry: LedgerEntryView = {
  id: 'e1',
  taskId: null,
  line: 'member_service',
  unitId: 'u1',
  unitName: '云南省财政厅',
  branchId,
  branchName: '财政厅机关第一党支部',
  personName: '何帮扶',
  cadreId: null,
  villageCode: '530326102204',
  villageName: '拖车村',
  householdId: null,
  householdName: null,
  happenedOn: '2025-05-10',
  description: '入户宣讲产业政策',
  personTimes: 3,
  problemsSolved: 1,
  policyItems: 2,
  technicalServices: 0,
  ideas: 1,
  projects: 0,
  funds: '5000.00',
  mayEdit: true,
};

const task = (overrides: Partial<CampaignTaskView>): CampaignTaskView => ({
  id: 't1',
  unitId: 'u1',
  unitName: '云南省财政厅',
  line: 'branch_village',
  title: '结对帮拖车村',
  branchId: null,
  branchName: null,
  villageCode: '530326102204',
  villageName: '拖车村',
  householdId: null,
  householdName: null,
  personName: null,
  state: 'open',
  doneOn: null,
  abilities: { claim: true, assign: true, done: false },
  ...overrides,
});

afterEach(() => vi.unstubAllGlobals());

describe('campaign ledger form', { timeout: 20_000 }, () => {
  test('checks each field in Chinese beside it and sends nothing until it passes', async () => {
    const fetchMock = serveApi({ 'GET /api/campaigns/c1/branches': { body: branches } });
    renderWithSession(me(['campaigns.read', 'campaigns.record']), <LedgerForm campaign={campaign} entry={entry} onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('ledger-person'), { target: { value: ' ' } });
    fireEvent.change(screen.getByTestId('ledger-personTimes'), { target: { value: '0' } });
    fireEvent.change(screen.getByTestId('ledger-funds'), { target: { value: '-5' } });
    fireEvent.click(screen.getByTestId('ledger-submit'));
    expect(await screen.findByText('请填写帮扶人', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('人次不小于 1')).toBeTruthy();
    expect(await screen.findByText('资金应为不小于 0、不超过两位小数的金额')).toBeTruthy();
    expect(callsOf(fetchMock, 'PUT')).toHaveLength(0);
  });

  test('a secretary’s household is asked for, and the server’s refusal shows beside its field', async () => {
    const fetchMock = serveApi({
      'GET /api/campaigns/c1/branches': { body: branches },
      'PUT /api/campaigns/c1/ledger/e1': { status: 400, body: { code: 'VALIDATION_FAILED', message: '提交的内容有误', fields: [{ path: 'happenedOn', message: '时间应在行动期间（2025-01-01 至 2026-06-30）' }] } },
    });
    const household = { ...entry, line: 'secretary_household' as const };
    renderWithSession(me(['campaigns.read', 'campaigns.record']), <LedgerForm campaign={campaign} entry={household} onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('ledger-submit'));
    expect(await screen.findByText('书记帮户须填写户主姓名', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.change(screen.getByTestId('ledger-household'), { target: { value: '李大爷' } });
    fireEvent.click(screen.getByTestId('ledger-submit'));
    expect(await screen.findByText('时间应在行动期间（2025-01-01 至 2026-06-30）', {}, { timeout: 5000 })).toBeTruthy();
    const [, init] = callsOf(fetchMock, 'PUT')[0]!;
    expect(JSON.parse(String((init as RequestInit).body))).toMatchObject({ line: 'secretary_household', householdName: '李大爷', branchId, funds: '5000.00', happenedOn: '2025-05-10' });
  });
});

describe('campaign tasks tab', { timeout: 20_000 }, () => {
  test('shows the moves each task allows, and claims for a branch', async () => {
    const fetchMock = serveApi({
      'GET /api/campaigns/c1/tasks': {
        body: { total: 2, items: [task({}), task({ id: 't2', title: '书记帮李大爷', state: 'assigned', branchId, branchName: '财政厅机关第一党支部', abilities: { claim: false, assign: false, done: true } })] },
      },
      'GET /api/campaigns/c1/branches': { body: branches },
      'POST /api/campaigns/c1/tasks/t1/claim': { body: task({ state: 'claimed', branchId }) },
    });
    renderWithSession(me(['campaigns.read', 'campaigns.claim']), <TasksTab campaign={campaign} />, '/campaigns/c1/tasks');
    expect(await screen.findByText('结对帮拖车村', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('待认领')).toBeTruthy();
    expect(screen.getByText('已分配')).toBeTruthy();
    expect(screen.getByTestId('task-claim-t1')).toBeTruthy();
    expect(screen.getByTestId('task-assign-t1')).toBeTruthy();
    expect(screen.queryByTestId('task-claim-t2')).toBeNull();
    expect(screen.getByTestId('task-done-t2')).toBeTruthy();
    expect(screen.getByTestId('task-new')).toBeTruthy();

    fireEvent.click(screen.getByTestId('task-claim-t1'));
    fireEvent.mouseDown(within(await screen.findByTestId('task-branch')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('财政厅机关第一党支部'));
    fireEvent.click(screen.getByTestId('task-move-submit'));
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(1));
    const [url, init] = callsOf(fetchMock, 'POST')[0]!;
    expect(String(url)).toBe('/api/campaigns/c1/tasks/t1/claim');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ branchId });
  });

  test('a reader sees no moves and no new-task button', async () => {
    serveApi({ 'GET /api/campaigns/c1/tasks': { body: { total: 1, items: [task({ abilities: { claim: false, assign: false, done: false } })] } } });
    renderWithSession(me(['campaigns.read']), <TasksTab campaign={{ ...campaign, abilities: { manage: false, createTask: false, record: false } }} />, '/campaigns/c1/tasks');
    expect(await screen.findByText('结对帮拖车村', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('task-claim-t1')).toBeNull();
    expect(screen.queryByTestId('task-new')).toBeNull();
  });
});
