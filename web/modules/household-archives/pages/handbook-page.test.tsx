import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { HandbookView } from '../../../../contracts/household-archives.ts';
import { HandbookPage } from './handbook-page.tsx';

const label = (code: string, text: string) => ({ code, label: text });
const handbook: HandbookView = {
  household: {
    id: 'h1',
    code: '530326102204001',
    householderName: '楊正華',
    address: '拖车村三组',
    group: null,
    phone: '139****4321',
    attribute: label('general', '一般贫困户'),
    status: label('registered', '在册'),
    mainCause: label('illness', '因病'),
    secondaryCauses: [label('no_skills', '缺技术')],
    monitoringType: null,
    identifiedYear: 2024,
    exitedYear: null,
    housingGrade: null,
    relocated: false,
    relocationSite: null,
  },
  places: { county: '会泽县', township: '娜姑镇', village: '拖车村村民委员会' },
  members: [
    {
      name: '楊正華',
      relation: label('householder', '户主'),
      gender: 'male',
      birthDate: '1968-04-12',
      idNumber: '530326********1234',
      health: label('healthy', '健康'),
      labourAbility: label('normal', '普通劳动力'),
      schooling: label('junior', '初中'),
      workingAway: false,
      workPlace: null,
    },
  ],
  incomes: [{ year: 2025, wage: 12000, business: 6000, property: 0, transfer: 2400, total: 20400, members: 3, perHead: 6800 }],
  indicators: [{ indicator: label('water', '饮水安全有保障'), status: label('met', '达标'), evidence: null, verifier: '李建国', verifiedOn: '2025-03-01' }],
  measureYears: [
    { year: 2026, measures: [{ id: 'm1', category: label('industry', '产业帮扶'), content: '种植中药材 3 亩', amount: 1500, responsible: '李建国', done: false }] },
    { year: 2025, measures: [{ id: 'm2', category: label('education', '教育帮扶'), content: '义务教育资助', amount: null, responsible: null, done: true }] },
  ],
  cadres: [{ name: '李建国', unit: '会泽县农业农村局', position: '副局长', phone: '138****5678' }],
  printedOn: '2026-11-26',
};

afterEach(() => vi.unstubAllGlobals());

describe('handbook page', () => {
  test('prints the record with a signature line under every measure and only masked numbers', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(handbook), { headers: { 'content-type': 'application/json' } })));
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/households/h1/handbook']}>
          <App>
            <Routes>
              <Route path="/households/:id/handbook" element={<HandbookPage />} />
            </Routes>
          </App>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('530326********1234')).toBeTruthy();
    const measures = screen.getAllByTestId('handbook-measure');
    expect(measures).toHaveLength(2);
    for (const measure of measures) expect(measure.textContent).toContain('户主签字 ______　帮扶责任人签字 ______　日期 ______');
    expect(screen.getByText('6,800.00')).toBeTruthy();
    expect(screen.getByText('会泽县 娜姑镇 拖车村村民委员会')).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    expect(screen.getByRole('button', { name: /打印/ })).toBeTruthy();
  });
});
