import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RecordDayModal } from './record-day-modal.tsx';

const cadreId = '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32';
const saved = { id: 'r', cadreId, day: '2026-11-20', far: false, distanceKm: null };

function renderModal() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App>
        <RecordDayModal cadreId={cadreId} day="2026-11-20" onClose={() => undefined} />
      </App>
    </QueryClientProvider>,
  );
}

const sentBodies = (fetchMock: ReturnType<typeof vi.fn>) =>
  fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST').map(([, init]) => JSON.parse(String((init as RequestInit).body)));

// antd's first render in jsdom is slow on a cold cache.
describe('record a day', { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let getCurrentPosition: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async () => new Response(JSON.stringify(saved), { status: 201, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    getCurrentPosition = vi.fn((success: PositionCallback) => success({ coords: { latitude: 26.395123, longitude: 103.148987 } } as GeolocationPosition));
    vi.stubGlobal('navigator', { geolocation: { getCurrentPosition } });
    // The note's text area measures itself; jsdom has no ResizeObserver.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('without pressing "附上位置" no location is read and none is sent', async () => {
    renderModal();
    fireEvent.click(await screen.findByRole('button', { name: /^登\s*记$/ }));
    await waitFor(() => expect(sentBodies(fetchMock)).toHaveLength(1));
    expect(sentBodies(fetchMock)[0]).toEqual({ cadreId, day: '2026-11-20' });
    expect(getCurrentPosition).not.toHaveBeenCalled();
  });

  test('pressing "附上位置" reads the position once and sends it rounded', async () => {
    renderModal();
    fireEvent.click(await screen.findByRole('button', { name: /附上位置/ }));
    await screen.findByText(/已附位置/);
    fireEvent.change(screen.getByLabelText('备注（可选）'), { target: { value: '走访农户' } });
    fireEvent.click(screen.getByRole('button', { name: /^登\s*记$/ }));
    await waitFor(() => expect(sentBodies(fetchMock)).toHaveLength(1));
    expect(sentBodies(fetchMock)[0]).toEqual({ cadreId, day: '2026-11-20', note: '走访农户', latitude: 26.3951, longitude: 103.149 });
    expect(getCurrentPosition).toHaveBeenCalledTimes(1);
  });
});
