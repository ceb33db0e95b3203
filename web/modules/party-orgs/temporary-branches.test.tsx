import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { BranchCandidate, TemporaryBranchDetail } from '../../../contracts/temporary-branches.ts';
import { ApiError } from '../../platform/api.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { toFormFields, toTemporaryBranchBody } from './components/temporary-branch-form.tsx';
import { formalCountOf } from './components/branch-member-picker.tsx';
import { TemporaryBranchFormPage } from './pages/temporary-branch-form-page.tsx';
import { TemporaryBranchDetailPage } from './pages/temporary-branch-detail-page.tsx';

const city = '440900000000';
const ids = { team: '8e9f2c7a-1b2c-4d5e-8f90-123456789a00', li: '8e9f2c7a-1b2c-4d5e-8f90-123456789a01', luo: '8e9f2c7a-1b2c-4d5e-8f90-123456789a02', wei: '8e9f2c7a-1b2c-4d5e-8f90-123456789a03' };
const me = (abilities: string[]) =>
  accountWith(abilities, { username: 'maoming-city', displayName: '茂名市委组织部', role: 'city_org', divisionCode: city, divisionName: '茂名市' });

const candidate = (cadreId: string, name: string, partyStatus: BranchCandidate['partyStatus']): BranchCandidate => ({
  cadreId,
  name,
  partyStatus,
  formalOrg: { id: 'o1', name: '茂名市自然资源局机关党支部' },
  teamName: '长流村工作队',
});
const candidates = [candidate(ids.li, '李晓奋', 'formal'), candidate(ids.luo, '罗道叠', 'formal'), candidate(ids.wei, '韦预备', 'probationary')];

afterEach(() => vi.unstubAllGlobals());

describe('temporary branch request form', { timeout: 20_000 }, () => {
  test('counts formal members only, and the body follows the contract', () => {
    expect(formalCountOf([ids.li, ids.luo, ids.wei], candidates)).toBe(2);
    const body = toTemporaryBranchBody({ name: ' 长流村临时党支部 ', divisionCode: city, teamIds: [ids.team], members: [ids.li] });
    expect(body.members).toEqual([{ cadreId: ids.li }]);
    expect(body.name).toBe('长流村临时党支部');
    const mapped = toFormFields(new ApiError(400, 'TEMPORARY_BRANCH_INVALID', 'x', [{ path: 'members.3.cadreId', message: '不是党员' }, { path: 'teamIds.0', message: '工作队不存在' }])) as ApiError;
    expect(mapped.fields?.map((f) => f.path)).toEqual(['members', 'teamIds']);
  });

  test('the live line counts ticked formal members; the server’s refusal shows on the members field', async () => {
    const refusal = '正式党员只有 2 名（预备党员不计入），成立临时党支部至少需要 3 名正式党员';
    const fetchMock = serveApi({
      'GET /api/temporary-branches/candidates': { body: { items: candidates, total: 3 } },
      'GET /api/teams': { body: { items: [], total: 0 } },
      'POST /api/temporary-branches': { status: 400, body: { code: 'TOO_FEW_FORMAL_MEMBERS', message: '临时党支部至少需要 3 名正式党员', fields: [{ path: 'members', message: refusal }] } },
    });
    renderWithSession(
      me(['party_orgs.read', 'party_orgs.request_branch']),
      <TemporaryBranchFormPage initialValues={{ name: '长流村临时党支部', divisionCode: city, teamIds: [ids.team], members: [ids.li] }} />,
    );
    expect(await screen.findByText('李晓奋', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('formal-count').textContent).toBe('正式党员 1 名（预备党员不计入），至少需要 3 名');
    fireEvent.click(screen.getByLabelText('罗道叠'));
    fireEvent.click(screen.getByLabelText('韦预备'));
    await waitFor(() => expect(screen.getByTestId('formal-count').textContent).toBe('正式党员 2 名（预备党员不计入），至少需要 3 名'));
    expect(screen.getAllByText('茂名市自然资源局机关党支部')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText(refusal, {}, { timeout: 5000 })).toBeTruthy();
    const [post] = callsOf(fetchMock, 'POST');
    expect(JSON.parse(String((post![1] as RequestInit).body)).members).toEqual([{ cadreId: ids.li }, { cadreId: ids.luo }, { cadreId: ids.wei }]);
  });
});

const branch: TemporaryBranchDetail = {
  id: 'b1',
  name: '茂名市驻村工作队临时党支部',
  status: 'proposed',
  approvalLevel: 'city',
  divisionCode: city,
  divisionName: '茂名市',
  establishedOn: null,
  electedOn: '2016-11-10',
  dissolvedOn: null,
  dissolvedReason: null,
  note: null,
  memberCount: 3,
  createdAt: '2016-11-10T02:00:00.000Z',
  teams: [{ id: ids.team, name: '茂名市驻长流村工作队' }],
  members: [
    { membershipId: 'm1', cadreId: ids.li, name: '李晓奋', partyStatus: 'formal', role: 'secretary', joinedOn: '2016-11-10', leftOn: null, formalOrg: { id: 'o1', name: '茂名市自然资源局机关党支部' } },
    { membershipId: 'm2', cadreId: ids.luo, name: '罗道叠', partyStatus: 'formal', role: 'organization_member', joinedOn: '2016-11-10', leftOn: null, formalOrg: { id: 'o2', name: '茂名市水务局机关党支部' } },
    { membershipId: 'm3', cadreId: ids.wei, name: '韦预备', partyStatus: 'probationary', role: 'member', joinedOn: '2016-11-10', leftOn: null, formalOrg: null },
  ],
  formalCount: 2,
  election: {
    electedOn: '2016-11-10',
    officers: [
      { cadreId: ids.li, name: '李晓奋', role: 'secretary' },
      { cadreId: ids.luo, name: '罗道叠', role: 'organization_member' },
    ],
  },
  workflow: {
    id: 'w1',
    kind: 'temporary_branch',
    state: 'submitted',
    stateLabel: '待审批',
    assigneeRole: 'city_org',
    dueAt: null,
    waitsUntil: null,
    closed: false,
    steps: [{ action: 'submit', actionLabel: '申请成立临时党支部', fromState: null, toState: 'submitted', toStateLabel: '待审批', actorName: '李晓奋', actorRole: 'team_leader', comment: null, at: '2016-11-10T02:00:00.000Z' }],
    actions: [
      { action: 'approve', label: '批准成立', reasonRequired: false },
      { action: 'refuse', label: '不予批准', reasonRequired: true },
    ],
  },
  abilities: { manageMembers: true, elect: true, dissolve: false },
};

describe('temporary branch detail', { timeout: 20_000 }, () => {
  test('shows each member’s formal relation, the election and the approval; approving posts the action', async () => {
    const fetchMock = serveApi({
      'GET /api/temporary-branches/b1': { body: branch },
      'POST /api/temporary-branches/b1/actions': { body: { ...branch, status: 'active', establishedOn: '2016-11-18', workflow: { ...branch.workflow!, state: 'approved', stateLabel: '已批准', closed: true, actions: [] } } },
    });
    renderWithSession(
      me(['party_orgs.read', 'party_orgs.approve_branch']),
      <Routes>
        <Route path="/temporary-branches/:id" element={<TemporaryBranchDetailPage />} />
      </Routes>,
      '/temporary-branches/b1',
    );
    expect(await screen.findByText('茂名市驻村工作队临时党支部', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('茂名市水务局机关党支部')).toBeTruthy();
    expect(screen.getByText('组织关系所在')).toBeTruthy();
    expect(screen.getByText('在册正式党员 2 名')).toBeTruthy();
    expect(screen.getByText('茂名市驻长流村工作队')).toBeTruthy();
    expect(screen.getByRole('button', { name: '记录选举结果' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '撤销临时党支部' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '批准成立' }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ }));
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(1), { timeout: 5000 });
    const [action] = callsOf(fetchMock, 'POST');
    expect(String(action![0])).toBe('/api/temporary-branches/b1/actions');
    expect(JSON.parse(String((action![1] as RequestInit).body))).toEqual({ action: 'approve' });
    expect(await screen.findByText('已保存', {}, { timeout: 5000 })).toBeTruthy();
  });
});
