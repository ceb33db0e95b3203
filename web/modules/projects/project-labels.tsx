import { Tag } from 'antd';
import { formatMoney, parseMoney, projectStateLabels, type ProjectState } from '../../../contracts/projects.ts';
import { projectCategories, type ProjectCategory } from '../../../contracts/project-codes.ts';
import { useText } from '../../platform/i18n.tsx';

const stateColors: Record<ProjectState, string> = {
  proposed: 'processing',
  returned: 'warning',
  reviewed: 'processing',
  approved: 'cyan',
  in_progress: 'blue',
  completed: 'geekblue',
  accepted: 'green',
  handed_over: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function ProjectStateTag({ state }: { state: ProjectState }) {
  const text = useText();
  return <Tag color={stateColors[state]}>{text(projectStateLabels[state])}</Tag>;
}

export function CategoryText({ category }: { category: string }) {
  const text = useText();
  const label = projectCategories.labels[category as ProjectCategory];
  return <>{label ? text(label) : category}</>;
}

/** "300000.00" → "¥300,000.00"; what is not an amount is shown as it came. */
export function moneyText(value: string | null): string {
  if (value === null) return '—';
  const cents = parseMoney(value);
  return cents === null ? value : formatMoney(cents);
}
