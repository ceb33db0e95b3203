import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingBody, meetingKinds, meetingOutcome, meetingOutcomeKinds, type MeetingBody, type MeetingDetail, type MeetingKind, type MeetingOutcomeKind } from '../../../../contracts/meetings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { ApiError } from '../../../platform/api.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { meetingApi, meetingKey } from '../meetings.api.ts';
import { useMeetingMessages } from '../meetings.messages.ts';
import { TeamMultiSelect } from './team-multi-select.tsx';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(meetingBody);
const outcomeRules = zodRules(meetingOutcome);

export type MeetingFormValues = {
  kind?: MeetingKind;
  title?: string;
  heldOn?: Dayjs | null;
  divisionCode?: string | null;
  place?: string | null;
  organizer?: string | null;
  host?: string | null;
  attendeeCount?: number | null;
  agenda?: (string | undefined)[];
  summary?: string | null;
  outcomes?: { kind?: MeetingOutcomeKind; text?: string }[];
  teamIds?: string[];
};

export function toMeetingBody(values: MeetingFormValues): MeetingBody {
  return {
    kind: values.kind as MeetingKind,
    title: values.title ?? '',
    heldOn: values.heldOn ? values.heldOn.format(DATE) : '',
    divisionCode: values.divisionCode || undefined,
    place: values.place ?? null,
    organizer: values.organizer ?? null,
    host: values.host ?? null,
    attendeeCount: values.attendeeCount ?? null,
    agenda: (values.agenda ?? []).map((line) => line ?? ''),
    summary: values.summary ?? null,
    outcomes: (values.outcomes ?? []).map((o) => ({ kind: o.kind as MeetingOutcomeKind, text: o.text ?? '' })),
    teamIds: values.teamIds ?? [],
  };
}

function valuesOf(meeting: MeetingDetail): MeetingFormValues {
  return {
    kind: meeting.kind,
    title: meeting.title,
    heldOn: dayjs(meeting.heldOn),
    divisionCode: meeting.divisionCode,
    place: meeting.place,
    organizer: meeting.organizer,
    host: meeting.host,
    attendeeCount: meeting.attendeeCount,
    agenda: meeting.agenda,
    summary: meeting.summary,
    outcomes: meeting.outcomes,
    teamIds: meeting.teams.map((team) => team.teamId),
  };
}

/**
 * The server names a refused team by its place in the list ("teamIds.2"); a multiple select has one
 * field, so the message goes on it, saying which team it means.
 */
function onTeamsField(error: unknown, nth: (n: number) => string): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = error.fields.map((f) => {
    const index = /^teamIds\.(\d+)$/.exec(f.path)?.[1];
    return index === undefined ? f : { path: 'teamIds', message: `${nth(Number(index) + 1)}${f.message}` };
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

const notAfterToday = async (_rule: unknown, value: Dayjs | null | undefined) => {
  if (!value) throw new Error('请选择会议日期');
  if (value.isAfter(dayjs(), 'day')) throw new Error('会议日期不能晚于今天');
};

/** 记录会议 (or 修改): what kind of meeting, when and where, its agenda, minutes, outcomes and the teams that came. */
export function MeetingForm({ meeting, onSaved, onCancel }: { meeting?: MeetingDetail; onSaved: (meeting: MeetingDetail) => void; onCancel: () => void }) {
  const t = useMeetingMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingFormValues>();
  const save = useMutation({
    mutationFn: (values: MeetingFormValues) => {
      const body = toMeetingBody(values);
      return meeting ? meetingApi.update(meeting.id, body) : meetingApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [meetingKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, onTeamsField(error, (n) => t('form.teamNth', { n })))) notify(error);
    },
  });
  const knownTeams = meeting?.teams.map((team) => ({ value: team.teamId, label: team.villageName ? `${team.teamName} · ${team.villageName}` : team.teamName }));

  return (
    <Form<MeetingFormValues>
      form={form}
      layout="vertical"
      initialValues={meeting ? valuesOf(meeting) : { heldOn: dayjs(), agenda: [], outcomes: [], teamIds: [] }}
      onFinish={(values) => save.mutate(values)}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择会议类别')}>
            <Select options={meetingKinds.codes.map((k) => ({ value: k, label: text(meetingKinds.labels[k]) }))} data-testid="meeting-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t('form.title')} rules={rules('title')}>
            <Input maxLength={100} data-testid="meeting-title" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="heldOn" label={t('form.heldOn')} required rules={[{ validator: notAfterToday }]}>
            <DatePicker format={DATE} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="divisionCode" label={t('form.region')} extra={t('form.regionHint')}>
            <DivisionTreeSelect placeholder={t('form.region')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="place" label={t('form.place')} rules={rules('place')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="organizer" label={t('form.organizer')} rules={rules('organizer')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="host" label={t('form.host')} rules={rules('host')}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="attendeeCount" label={t('form.attendeeCount')} rules={rules('attendeeCount')}>
            <InputNumber min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="teamIds" label={t('form.teams')} rules={rules('teamIds')}>
        <TeamMultiSelect known={knownTeams} placeholder={t('form.teamsPlaceholder')} aria-label={t('form.teams')} />
      </Form.Item>
      <Form.Item label={t('form.agenda')}>
        <Form.List name="agenda">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start">
                  <span style={{ lineHeight: '32px', minWidth: 24 }}>{index + 1}.</span>
                  <Form.Item
                    name={field.name}
                    style={{ flex: 1 }}
                    rules={[
                      { required: true, whitespace: true, message: '请填写议题' },
                      { max: 300, message: '议题不超过 300 字' },
                    ]}
                  >
                    <Input maxLength={300} aria-label={`${t('form.agenda')} ${index + 1}`} />
                  </Form.Item>
                  <Button type="text" aria-label={t('form.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} disabled={fields.length >= 30} style={{ alignSelf: 'flex-start' }}>
                {t('form.addAgenda')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="summary" label={t('form.summary')} rules={rules('summary')}>
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      <Form.Item label={t('form.outcomes')}>
        <Form.List name="outcomes">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0}>
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'kind']} rules={outcomeRules('kind', '请选择成果类别')}>
                    <Select
                      aria-label={t('form.outcomeKind')}
                      placeholder={t('form.outcomeKind')}
                      options={meetingOutcomeKinds.codes.map((k) => ({ value: k, label: text(meetingOutcomeKinds.labels[k]) }))}
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'text']} rules={outcomeRules('text')} style={{ flex: 1, minWidth: 320 }}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} aria-label={t('form.outcomeText')} placeholder={t('form.outcomeText')} />
                  </Form.Item>
                  <Button type="text" aria-label={t('form.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= 50} style={{ alignSelf: 'flex-start' }}>
                {t('form.addOutcome')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="meeting-save">
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
