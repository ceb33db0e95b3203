import type { ReactNode } from 'react';
import type { HandbookView } from '../../../../contracts/household-archives.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';
import { PrintTable, SectionTitle } from './print-table.tsx';

type Props = { handbook: HandbookView };

const money = (value: number | null) => (value === null ? '—' : value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));

export function HandbookBasics({ handbook }: Props) {
  const t = useArchiveMessages();
  const h = handbook.household;
  const relocation = h.relocated ? t('handbook.relocatedTo', { site: dash(h.relocationSite) }) : t('handbook.notRelocated');
  const pairs: [string, string][] = [
    [t('handbook.code'), h.code],
    [t('handbook.householder'), h.householderName],
    [t('handbook.address'), dash([h.address, h.group].filter(Boolean).join(' '))],
    [t('handbook.phone'), dash(h.phone)],
    [t('handbook.attribute'), h.attribute.label],
    [t('handbook.status'), h.status.label],
    [t('handbook.mainCause'), dash(h.mainCause?.label)],
    [t('handbook.secondaryCauses'), dash(h.secondaryCauses.map((c) => c.label).join('、'))],
    [t('handbook.monitoring'), dash(h.monitoringType?.label)],
    [t('handbook.identifiedYear'), dash(h.identifiedYear)],
    [t('handbook.exitedYear'), dash(h.exitedYear)],
    [t('handbook.housing'), dash(h.housingGrade?.label)],
    [t('handbook.relocation'), relocation],
  ];
  const label = (text: string) => <strong style={{ whiteSpace: 'nowrap' }}>{text}</strong>;
  const rows: ReactNode[][] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const [leftLabel, leftValue] = pairs[i]!;
    const right = pairs[i + 1];
    rows.push([label(leftLabel), leftValue, right ? label(right[0]) : '', right ? right[1] : '']);
  }
  return (
    <>
      <SectionTitle>{t('handbook.basic')}</SectionTitle>
      <PrintTable head={[]} rows={rows} empty="" />
    </>
  );
}

export function HandbookMembers({ handbook }: Props) {
  const t = useArchiveMessages();
  return (
    <>
      <SectionTitle>{t('handbook.members')}</SectionTitle>
      <PrintTable
        head={[t('handbook.name'), t('handbook.relation'), t('handbook.gender'), t('handbook.idNumber'), t('handbook.health'), t('handbook.labour'), t('handbook.schooling'), t('handbook.workAway')]}
        rows={handbook.members.map((m) => [
          m.name,
          m.relation.label,
          m.gender === 'male' ? t('handbook.male') : t('handbook.female'),
          m.idNumber,
          m.health.label,
          m.labourAbility.label,
          m.schooling.label,
          m.workingAway ? t('handbook.workAwayAt', { place: dash(m.workPlace) }) : t('handbook.atHome'),
        ])}
        empty={t('handbook.none')}
      />
    </>
  );
}

export function HandbookIncomes({ handbook }: Props) {
  const t = useArchiveMessages();
  return (
    <>
      <SectionTitle>{t('handbook.incomes')}</SectionTitle>
      <PrintTable
        head={[t('handbook.year'), t('handbook.wage'), t('handbook.business'), t('handbook.property'), t('handbook.transfer'), t('handbook.total'), t('handbook.memberCount'), t('handbook.perHead')]}
        rows={handbook.incomes.map((i) => [String(i.year), money(i.wage), money(i.business), money(i.property), money(i.transfer), money(i.total), String(i.members), money(i.perHead)])}
        empty={t('handbook.none')}
      />
    </>
  );
}

export function HandbookIndicators({ handbook }: Props) {
  const t = useArchiveMessages();
  return (
    <>
      <SectionTitle>{t('handbook.indicators')}</SectionTitle>
      <PrintTable
        head={[t('handbook.indicator'), t('handbook.indicatorStatus'), t('handbook.verifier'), t('handbook.verifiedOn')]}
        rows={handbook.indicators.map((i) => [i.indicator.label, i.status.label, dash(i.verifier), dash(i.verifiedOn)])}
        empty={t('handbook.none')}
      />
    </>
  );
}

/** Each measure gets its own signature line: the householder confirms it was received, the cadre that it was done. */
export function HandbookMeasures({ handbook }: Props) {
  const t = useArchiveMessages();
  return (
    <>
      <SectionTitle>{t('handbook.measures')}</SectionTitle>
      {handbook.measureYears.length === 0 ? <p>{t('handbook.none')}</p> : null}
      {handbook.measureYears.map((year) => (
        <div key={year.year}>
          <h4 style={{ margin: '8px 0 4px' }}>{t('handbook.measureYear', { year: year.year })}</h4>
          {year.measures.map((m) => (
            <div key={m.id} className="zc-keep-together" style={{ border: '1px solid #999', padding: '6px 8px', marginBottom: 6 }} data-testid="handbook-measure">
              <div>
                <strong>{m.category.label}</strong>　{m.content}
              </div>
              <div style={{ color: '#555', fontSize: 12, margin: '2px 0 8px' }}>
                {t('handbook.amount')}：{money(m.amount)}　{t('handbook.responsible')}：{dash(m.responsible)}　{t('handbook.done')}：
                {m.done ? t('handbook.yes') : t('handbook.no')}
              </div>
              <div>{t('handbook.signature')}</div>
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

export function HandbookCadres({ handbook }: Props) {
  const t = useArchiveMessages();
  return (
    <>
      <SectionTitle>{t('handbook.cadres')}</SectionTitle>
      <PrintTable
        head={[t('handbook.name'), t('handbook.unit'), t('handbook.position'), t('handbook.phone')]}
        rows={handbook.cadres.map((c) => [c.name, dash(c.unit), dash(c.position), dash(c.phone)])}
        empty={t('handbook.none')}
      />
    </>
  );
}
