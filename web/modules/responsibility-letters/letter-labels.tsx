import { Space, Tag } from 'antd';
import { letterTaskStates, type LetterTaskState } from '../../../contracts/responsibility-letters.ts';
import { useText } from '../../platform/i18n.tsx';
import { useLetterMessages } from './responsibility-letters.messages.ts';

const stateColors: Record<LetterTaskState, string> = { open: 'default', reported: 'processing', confirmed: 'success' };

/** A task's state, and beside it in red the flag of an open task past its due day. */
export function TaskStateTag({ state, overdue }: { state: LetterTaskState; overdue: boolean }) {
  const text = useText();
  const t = useLetterMessages();
  return (
    <Space size={4} wrap>
      <Tag color={stateColors[state]}>{text(letterTaskStates.labels[state])}</Tag>
      {overdue ? (
        <Tag color="red" data-testid="letter-task-overdue">
          {t('overdue')}
        </Tag>
      ) : null}
    </Space>
  );
}
