import type { Dayjs } from 'dayjs';
import type { DiaryCreateBody } from '../../../../contracts/diaries.ts';

export type DiaryFormValues = { entryDate?: Dayjs; content?: string };

export function toDiaryBody(values: DiaryFormValues): DiaryCreateBody {
  return { entryDate: values.entryDate?.format('YYYY-MM-DD') ?? '', content: values.content?.trim() ?? '' };
}
