import { Tag } from 'antd';
import { materialKindLabels, trainingLevelLabels, trainingStageLabels, type MaterialKindCode, type TrainingLevelCode, type TrainingStageCode } from '../../../contracts/trainings.ts';
import { useText } from '../../platform/i18n.tsx';

const stageColors: Record<TrainingStageCode, string> = { pre_dispatch: 'blue', in_post: 'green', special: 'purple' };

export function LevelText({ level }: { level: TrainingLevelCode }) {
  const text = useText();
  return <>{text(trainingLevelLabels[level])}</>;
}

export function StageTag({ stage }: { stage: TrainingStageCode }) {
  const text = useText();
  return <Tag color={stageColors[stage]}>{text(trainingStageLabels[stage])}</Tag>;
}

export function KindText({ kind }: { kind: MaterialKindCode }) {
  const text = useText();
  return <>{text(materialKindLabels[kind])}</>;
}
