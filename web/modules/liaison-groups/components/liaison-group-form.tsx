import { App, Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  liaisonGroupBody,
  liaisonGroupKinds,
  liaisonPlatforms,
  type LiaisonGroupBody,
  type LiaisonGroupDetail,
  type LiaisonGroupKind,
  type LiaisonPlatform,
} from '../../../../contracts/liaison-groups.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { liaisonGroupApi, liaisonGroupKey } from '../liaison-groups.api.ts';
import { useLiaisonGroupMessages } from '../liaison-groups.messages.ts';
import { MemberFields, type MemberValues } from './member-fields.tsx';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(liaisonGroupBody);

export type LiaisonGroupFormValues = {
  kind?: LiaisonGroupKind;
  name?: string;
  divisionCode?: string | null;
  platform?: LiaisonPlatform | null;
  purpose?: string | null;
  establishedOn?: Dayjs | null;
  dissolvedOn?: Dayjs | null;
  meetingId?: string | null;
  members?: MemberValues[];
};

export function toLiaisonGroupBody(values: LiaisonGroupFormValues): LiaisonGroupBody {
  return {
    kind: values.kind as LiaisonGroupKind,
    name: values.name ?? '',
    divisionCode: values.divisionCode || undefined,
    // A working group has no platform; one kept from before switching the kind would be stale.
    platform: values.kind === 'chat_group' ? (values.platform ?? null) : null,
    purpose: values.purpose ?? null,
    establishedOn: values.establishedOn ? values.establishedOn.format(DATE) : '',
    dissolvedOn: values.dissolvedOn ? values.dissolvedOn.format(DATE) : null,
    meetingId: values.meetingId ?? null,
    members: (values.members ?? []).map((m) => ({ teamId: m.teamId ?? '', role: m.role ?? 'member', contactCadreId: m.contactCadreId ?? null })),
  };
}

function valuesOf(group: LiaisonGroupDetail): LiaisonGroupFormValues {
  return {
    kind: group.kind,
    name: group.name,
    divisionCode: group.divisionCode,
    platform: group.platform,
    purpose: group.purpose,
    establishedOn: dayjs(group.establishedOn),
    dissolvedOn: group.dissolvedOn ? dayjs(group.dissolvedOn) : null,
    meetingId: group.meeting?.id ?? null,
    members: group.members.map((m) => ({ teamId: m.teamId, role: m.role, contactCadreId: m.contactCadreId })),
  };
}

const searchMeetings = async (q: string): Promise<RemoteOption[]> =>
  (await liaisonGroupApi.searchMeetings(q)).items.map((m) => ({ value: m.id, label: `${m.heldOn} ${m.title}` }));

type Props = { group?: LiaisonGroupDetail; onSaved: (group: LiaisonGroupDetail) => void; onCancel: () => void };

/** 新建联络小组 (or 修改): a working group or a chat group (then on which platform), its dates, the meeting that set it up and its member teams. */
export function LiaisonGroupForm({ group, onSaved, onCancel }: Props) {
  const t = useLiaisonGroupMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<LiaisonGroupFormValues>();
  const kind = Form.useWatch('kind', form) ?? group?.kind;
  const save = useMutation({
    mutationFn: (values: LiaisonGroupFormValues) => {
      const body = toLiaisonGroupBody(values);
      return group ? liaisonGroupApi.update(group.id, body) : liaisonGroupApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [liaisonGroupKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const knownMeeting = group?.meeting ? { value: group.meeting.id, label: `${group.meeting.heldOn} ${group.meeting.title}` } : null;

  return (
    <Form<LiaisonGroupFormValues>
      form={form}
      layout="vertical"
      initialValues={group ? valuesOf(group) : { establishedOn: dayjs(), members: [] }}
      onFinish={(values) => save.mutate(values)}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择类别')}>
            <Select options={liaisonGroupKinds.codes.map((k) => ({ value: k, label: text(liaisonGroupKinds.labels[k]) }))} data-testid="liaison-kind" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
            <Input maxLength={100} data-testid="liaison-name" />
          </Form.Item>
        </Col>
        {kind === 'chat_group' ? (
          <Col xs={24} md={8}>
            <Form.Item name="platform" label={t('form.platform')} rules={[{ required: true, message: '联络交流群请选择所在平台' }]}>
              <Select options={liaisonPlatforms.codes.map((p) => ({ value: p, label: text(liaisonPlatforms.labels[p]) }))} data-testid="liaison-platform" />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={kind === 'chat_group' ? 16 : 24}>
          <Form.Item name="divisionCode" label={t('form.region')} extra={t('form.regionHint')}>
            <DivisionTreeSelect placeholder={t('form.region')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="establishedOn" label={t('form.establishedOn')} rules={[{ required: true, message: '请选择成立日期' }]}>
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="dissolvedOn"
            label={t('form.dissolvedOn')}
            dependencies={['establishedOn']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_rule, value: Dayjs | null | undefined) => {
                  const established = getFieldValue('establishedOn') as Dayjs | null | undefined;
                  if (value && established && value.isBefore(established, 'day')) throw new Error('撤销日期不能早于成立日期');
                },
              }),
            ]}
          >
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="meetingId" label={t('form.meeting')}>
            <RemoteSelect queryKey={[liaisonGroupKey, 'pick-meetings']} search={searchMeetings} known={knownMeeting} placeholder={t('form.meetingPlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="purpose" label={t('form.purpose')} rules={rules('purpose')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item label={t('form.members')}>
        <MemberFields form={form} known={group?.members ?? []} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="liaison-save">
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
