import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useLiaisonGroupMessages } from './liaison-groups.messages.ts';

/** 存续 until the day it was dissolved; a dissolution dated ahead keeps it active until then. */
export function isActive(dissolvedOn: string | null, today = dayjs().format('YYYY-MM-DD')): boolean {
  return !dissolvedOn || dissolvedOn > today;
}

export function StatusTag({ dissolvedOn }: { dissolvedOn: string | null }) {
  const t = useLiaisonGroupMessages();
  return isActive(dissolvedOn) ? <Tag color="green">{t('status.active')}</Tag> : <Tag>{t('status.dissolved')}</Tag>;
}
