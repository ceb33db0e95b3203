import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { CadreLedger } from '../../../contracts/ledgers.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { LedgerPage } from './pages/ledger-page.tsx';
import { CommitmentForm } from './components/commitment-form.tsx';

const meWith = (abilities: string[]) =>
  accountWith(abilities, { username: 'nagu-party', displayName: '娜姑镇党委', role: 'township_party', divisionCode: '530326102000', divisionName: '娜姑镇' });

const months = (n: number) => Array.from({ length: 12 }, (_, i) => (i === 2 ? n : 0));

const ledger: CadreLedger = {
  year: 2025,
  cadre: { id: 'c1', name: '王建华', unitName: '曲靖市中级人民法院' },
  team: { id: 't1', name: '拖车村驻村工作队', termStart: '2024-01-01', termEnd: null, role: 'leader_first_secretary' },
  village: { divisionCode: '530326102204', name: '拖车村' },
  work: [
    { key: 'visits', label: '入户走访', months: months(12), total: 12, href: '/visits?cadreId=c1' },
    { key: 'diaries', label: '民情日记', months: months(5), total: 5, href: '/diaries?cadreId=c1' },
  ],
  commitments: [
    { id: 'k1', teamId: 't1', teamName: '拖车村驻村工作队', cadreId: 'c1', cadreName: '王建华', divisionCode: '530326102204', villageName: '拖车村', content: '硬化通组道路 3 公里', promisedOn: '2025-03-01', dueOn: '2025-06-30', state: 'open', overdue: true, settledOn: null, outcome: null, createdAt: '2025-03-01T00:00:00.000Z' },
  ],
  commitmentCounts: { total: 1, kept: 0, notKept: 0, open: 1, overdue: 1 },
  mass: { total: 3, sufficient: false, counts: null },
  inspections: { checks: 2, absent: 0, criticisms: 0 },
  abilities: { addCommitment: false, settle: true, export: true },
};

afterEach(() => vi.unstubAllGlobals());

describe('ledger pages', { timeout: 20_000 }, () => {
  test('the ledger shows its three sections; too few ratings are withheld; the township may settle', async () => {
    const fetchMock = serveApi({
      'GET /api/ledgers/c1': { body: ledger },
      'POST /api/ledgers/commitments/k1/settle': { body: { ...ledger.commitments[0], state: 'kept', overdue: false } },
    });
    renderWithSession(
      meWith(['ledgers.read', 'ledgers.settle', 'ledgers.export']),
      <Routes>
        <Route path="/ledgers/:cadreId" element={<LedgerPage />} />
      </Routes>,
      '/ledgers/c1?year=2025',
    );
    expect(await screen.findByText('拖车村第一书记工作台账（2025年）', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('一、工作完成情况')).toBeTruthy();
    expect(screen.getByText('入户走访')).toBeTruthy();
    expect(screen.getByText('逾期未兑现')).toBeTruthy();
    expect(screen.getByText('评议人数不足（3 人），暂不显示结果')).toBeTruthy();
    expect(screen.queryByTestId('commitment-new')).toBeNull();
    fireEvent.click(screen.getByTestId('commitment-settle'));
    expect(await screen.findByText('认定承诺兑现情况', {}, { timeout: 5000 })).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });

  test('the commitment form checks the content and the due day in Chinese before sending', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['ledgers.read', 'ledgers.write']), <CommitmentForm cadreId="c1" editing={null} onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('commitment-submit'));
    expect(await screen.findByText('请填写承诺内容', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('请选择兑现期限')).toBeTruthy();
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(0));
  });
});
