import { Descriptions, Tag } from 'antd';
import { householdAttributes, householdStatuses, housingGrades, monitoringStates, monitoringTypes, povertyCauses } from '../../../../contracts/household-codes.ts';
import type { HouseholdView } from '../../../../contracts/households.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useHouseholdMessages } from '../households.messages.ts';

/** 基本信息: the household's own fields with their labels, and where it stands in identification and monitoring. */
export function HouseholdBasics({ household: h }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const text = useText();
  const dash = (value: string | number | null) => (value === null || value === '' ? '—' : value);
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="middle" bordered>
      <Descriptions.Item label={t('field.code')}>{h.code}</Descriptions.Item>
      <Descriptions.Item label={t('field.divisionCode')}>{h.villageName ?? h.divisionCode}</Descriptions.Item>
      <Descriptions.Item label={t('field.group')}>{dash(h.group)}</Descriptions.Item>
      <Descriptions.Item label={t('column.householder')}>{h.householderName}</Descriptions.Item>
      <Descriptions.Item label={t('field.attribute')}>{text(householdAttributes.labels[h.attribute])}</Descriptions.Item>
      <Descriptions.Item label={t('field.status')}>
        <Tag color="blue">{text(householdStatuses.labels[h.status])}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('field.mainCause')}>{h.mainCause ? text(povertyCauses.labels[h.mainCause]) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.secondaryCauses')}>
        {h.secondaryCauses.length > 0 ? h.secondaryCauses.map((c) => <Tag key={c}>{text(povertyCauses.labels[c])}</Tag>) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('column.members')}>{h.memberCount}</Descriptions.Item>
      <Descriptions.Item label={t('field.housingGrade')}>{h.housingGrade ? text(housingGrades.labels[h.housingGrade]) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.relocated')}>{h.relocated ? `${t('field.yes')}${h.relocationSite ? `（${h.relocationSite}）` : ''}` : t('field.no')}</Descriptions.Item>
      <Descriptions.Item label={t('field.address')}>{dash(h.address)}</Descriptions.Item>
      <Descriptions.Item label={t('field.phone')}>{dash(h.phone)}</Descriptions.Item>
      <Descriptions.Item label={t('field.identifiedYear')}>{dash(h.identifiedYear)}</Descriptions.Item>
      <Descriptions.Item label={t('field.exitedYear')}>{dash(h.exitedYear)}</Descriptions.Item>
      <Descriptions.Item label={t('field.monitoringType')}>{h.monitoringType ? text(monitoringTypes.labels[h.monitoringType]) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.monitoringState')}>{h.monitoringState ? text(monitoringStates.labels[h.monitoringState]) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.monitoringSince')}>{dash(h.monitoringSince)}</Descriptions.Item>
      <Descriptions.Item label={t('field.riskRemovedOn')}>{dash(h.riskRemovedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('column.perHead')}>{h.perHeadIncome === null ? '—' : `${h.perHeadIncome}（${h.incomeYear}）`}</Descriptions.Item>
      <Descriptions.Item label={t('column.cadres')}>{h.pairedCadreNames.length > 0 ? h.pairedCadreNames.join('、') : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.note')}>{dash(h.note)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.updatedAt')}>{h.updatedAt.slice(0, 10)}</Descriptions.Item>
    </Descriptions>
  );
}
