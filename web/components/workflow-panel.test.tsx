import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { WorkflowView } from '../../contracts/workflow.ts';
import { WorkflowPanel } from './workflow-panel.tsx';

const approved: WorkflowView = {
  id: 'w1',
  kind: 'project',
  state: 'approved',
  stateLabel: '已批准（公示）',
  assigneeRole: null,
  dueAt: null,
  waitsUntil: null,
  closed: false,
  steps: [
    { action: 'approve', actionLabel: '批准立项', fromState: 'reviewed', toState: 'approved', toStateLabel: '已批准（公示）', actorName: '高州市乡村振兴局', actorRole: 'rural_office', comment: null, at: '2026-12-01T07:00:00.000Z' },
  ],
  actions: [{ action: 'start', label: '开工', reasonRequired: false }],
};

describe('workflow panel', () => {
  test('a running notice says from when the next step may be taken', () => {
    render(<WorkflowPanel workflow={{ ...approved, waitsUntil: '2026-12-07T16:00:00.000Z' }} onAction={async () => undefined} />);
    expect(screen.getByTestId('workflow-waits-until').textContent).toMatch(/公示期内，.*起方可办理下一步/);
    expect(screen.getByText('批准立项 → 已批准（公示）')).toBeTruthy();
  });

  test('without a notice there is no waiting line', () => {
    render(<WorkflowPanel workflow={approved} onAction={async () => undefined} />);
    expect(screen.queryByTestId('workflow-waits-until')).toBeNull();
    expect(screen.getByTestId('workflow-action-start')).toBeTruthy();
  });
});
