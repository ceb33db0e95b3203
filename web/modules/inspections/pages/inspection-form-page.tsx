import { useState } from 'react';
import { Alert, App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  absenceReasonLabels,
  inspectionCreateBody,
  inspectionMethodLabels,
  inspectionMethods,
  type InspectionCreateBody,
  type InspectionMethodCode,
  type RosterMember,
} from '../../../../contracts/inspections.ts';
import { ApiError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { buildFindings, findingErrorsByCadre, markRest, statusChoices, type Mark, type MarkStatus, type Marks } from '../inspection-form.logic.ts';

type Values = { method: InspectionMethodCode; inspectedOn: Dayjs; divisionCode: string; leadUnit: string; participants?: string; note?: string };
const rules = zodRules(inspectionCreateBody);
const DATE = 'YYYY-MM-DD';

function useStatusLabel() {
  const t = useInspectionMessages();
  const text = useText();
  return (status: MarkStatus) => (status === 'unchecked' ? t('form.notChecked') : status === 'at_post' ? t('atPost') : text(absenceReasonLabels[status]));
}

function useRosterColumns(marks: Marks, setMark: (cadreId: string, mark: Mark) => void, errors: Map<string, string[]>): TableColumnsType<RosterMember> {
  const t = useInspectionMessages();
  const statusLabel = useStatusLabel();
  return [
    { key: 'cadre', title: t('column.cadre'), dataIndex: 'cadreName' },
    { key: 'team', title: t('column.team'), responsive: ['md'], render: (_: unknown, m) => `${m.teamName}（${m.villageName ?? m.villageCode}）` },
    {
      key: 'status',
      title: t('form.status'),
      render: (_: unknown, m) => {
        const mark = marks[m.cadreId] ?? { status: 'unchecked' };
        return (
          <Space direction="vertical" size={4} style={{ minWidth: 220 }}>
            <Select<MarkStatus>
              value={mark.status}
              style={{ width: 200 }}
              aria-label={`${m.cadreName} ${t('form.status')}`}
              data-testid={`finding-status-${m.cadreName}`}
              onChange={(status) => setMark(m.cadreId, { ...mark, status })}
              options={statusChoices(m).map((status) => ({ value: status, label: statusLabel(status) }))}
            />
            {m.leave ? <Typography.Text type="secondary">{t('form.onLeave', { start: m.leave.startDate, end: m.leave.endDate })}</Typography.Text> : null}
            {mark.status === 'absent' ? (
              <>
                <DatePicker
                  placeholder={t('form.deadline')}
                  value={mark.deadline ? dayjs(mark.deadline) : null}
                  onChange={(value) => setMark(m.cadreId, { ...mark, deadline: value ? value.format(DATE) : undefined })}
                />
                <Input placeholder={t('form.requirement')} value={mark.requirement} maxLength={500} onChange={(e) => setMark(m.cadreId, { ...mark, requirement: e.target.value })} />
              </>
            ) : null}
            {mark.status !== 'unchecked' && mark.status !== 'at_post' ? (
              <Input placeholder={t('form.notePlaceholder')} value={mark.note} maxLength={500} onChange={(e) => setMark(m.cadreId, { ...mark, note: e.target.value })} />
            ) : null}
            {(errors.get(m.cadreId) ?? []).map((message) => (
              <Typography.Text key={message} type="danger">
                {message}
              </Typography.Text>
            ))}
          </Space>
        );
      },
    },
  ];
}

/** /inspections/new: the inspection, then each member of the region's teams marked at post or not, and why. */
export function InspectionFormPage() {
  const t = useInspectionMessages();
  const text = useText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<Values>();
  const [marks, setMarks] = useState<Marks>({});
  const [errors, setErrors] = useState<Map<string, string[]>>(new Map());
  const region = Form.useWatch('divisionCode', form);
  const day = Form.useWatch('inspectedOn', form);
  const on = day ? day.format(DATE) : undefined;
  const roster = useQuery({
    queryKey: [inspectionsKey, 'roster', region, on],
    queryFn: () => inspectionsApi.roster(region!, on!),
    enabled: Boolean(region && on),
  });
  const [teamFilter, setTeamFilter] = useState<string[]>([]);
  const everyone = roster.data?.items ?? [];
  const members = teamFilter.length > 0 ? everyone.filter((m) => teamFilter.includes(m.teamId)) : everyone;
  const teamOptions = [...new Map(everyone.map((m) => [m.teamId, { value: m.teamId, label: m.teamName }])).values()];
  const setMark = (cadreId: string, mark: Mark) => setMarks((current) => ({ ...current, [cadreId]: mark }));
  const columns = useRosterColumns(marks, setMark, errors);

  const save = useMutation({
    mutationFn: async ({ body }: { body: InspectionCreateBody; cadreAt: string[] }) => inspectionsApi.create(body),
    onSuccess: async (view) => {
      await client.invalidateQueries({ queryKey: [inspectionsKey] });
      await client.invalidateQueries({ queryKey: ['todos'] });
      void message.success(view.rectifications.length > 0 ? t('form.opened', { count: view.rectifications.length }) : t('form.saved'));
      void navigate(`/inspections/${view.id}`);
    },
    onError: (error, { cadreAt }) => {
      const rows = error instanceof ApiError && error.fields ? findingErrorsByCadre(error.fields, cadreAt) : new Map<string, string[]>();
      setErrors(rows);
      if (!applyFieldErrors(form, error) && rows.size === 0) notify(error);
    },
  });

  const submit = (values: Values) => {
    const { findings, cadreAt } = buildFindings(everyone, marks);
    if (findings.length === 0) {
      void message.error(t('form.noneChecked'));
      return;
    }
    setErrors(new Map());
    save.mutate({
      cadreAt,
      body: {
        method: values.method,
        inspectedOn: values.inspectedOn.format(DATE),
        divisionCode: values.divisionCode,
        leadUnit: values.leadUnit,
        ...(values.participants?.trim() ? { participants: values.participants.trim() } : {}),
        ...(values.note?.trim() ? { note: values.note.trim() } : {}),
        findings,
      },
    });
  };

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/inspections')} />;
  return (
    <>
      <PageHeader title={t('form.title')} back={back} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ method: 'on_site', inspectedOn: dayjs(), leadUnit: t('form.leadUnitDefault') }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => {
          if ('divisionCode' in changed || 'inspectedOn' in changed) setErrors(new Map());
        }}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap size={16} align="start">
            <Form.Item name="method" label={t('form.method')} rules={rules('method')}>
              <Select style={{ width: 160 }} data-testid="inspection-method" options={inspectionMethods.map((m) => ({ value: m, label: text(inspectionMethodLabels[m]) }))} />
            </Form.Item>
            <Form.Item name="inspectedOn" label={t('form.inspectedOn')} rules={[{ required: true, message: t('form.inspectedOn') }]}>
              <DatePicker data-testid="inspection-date" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item name="divisionCode" label={t('form.region')} rules={rules('divisionCode', t('form.region'))}>
              <DivisionTreeSelect style={{ width: 300 }} />
            </Form.Item>
            <Form.Item name="leadUnit" label={t('form.leadUnit')} rules={rules('leadUnit')}>
              <Input style={{ width: 200 }} maxLength={100} />
            </Form.Item>
            <Form.Item name="participants" label={t('form.participants')} rules={rules('participants')}>
              <Input style={{ width: 300 }} maxLength={500} placeholder={t('form.participantsPlaceholder')} />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('form.note')} rules={rules('note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Card>
        <Card
          size="small"
          title={t('form.members')}
          style={{ marginBottom: 16 }}
          extra={members.length > 0 ? <Button onClick={() => setMarks((current) => markRest(members, current))}>{t('form.allAtPost')}</Button> : null}
        >
          <Alert type="info" showIcon message={t('form.membersHint')} description={t('form.absentHint')} style={{ marginBottom: 12 }} />
          <Select<string[]>
            mode="multiple"
            allowClear
            value={teamFilter}
            onChange={setTeamFilter}
            options={teamOptions}
            optionFilterProp="label"
            placeholder={t('form.teams')}
            aria-label={t('form.teams')}
            style={{ width: 480, maxWidth: '100%', marginBottom: 12 }}
          />
          {roster.isError ? <Alert type="error" showIcon message={roster.error.message} style={{ marginBottom: 12 }} /> : null}
          <Table<RosterMember>
            rowKey="cadreId"
            columns={columns}
            dataSource={members}
            loading={roster.isFetching}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: region && on ? t('form.noMembers') : t('form.chooseRegion') }}
          />
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="inspection-submit">
          {t('form.submit')}
        </Button>
      </Form>
    </>
  );
}
