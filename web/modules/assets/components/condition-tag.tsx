import { Tag } from 'antd';
import { assetConditions, type AssetCondition } from '../../../../contracts/project-codes.ts';
import { useText } from '../../../platform/i18n.tsx';

const colors: Record<AssetCondition, string> = { good: 'green', needs_repair: 'orange', damaged: 'red', disposed: 'default' };

export function ConditionTag({ condition }: { condition: AssetCondition }) {
  const text = useText();
  return <Tag color={colors[condition]}>{text(assetConditions.labels[condition])}</Tag>;
}
