import { App, Alert, DatePicker, Form, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { leaderRoles, teamRoleLabels, teamRoles, type TeamMemberView, type TeamRoleCode, type TeamView } from '../../../contracts/teams.ts';
import { useText } from '../../platform/i18n.tsx';
import { teamsApi } from './teams.api.ts';
import { useTeamMessages } from './teams.messages.ts';
import { CadrePicker } from './pickers.tsx';
import { useTeamWrite } from './use-team-write.ts';

const DATE = 'YYYY-MM-DD';
const isLeader = (role: TeamRoleCode | undefined) => role !== undefined && leaderRoles.includes(role);

function useRoleOptions() {
  const text = useText();
  return teamRoles.map((role) => ({ value: role, label: text(teamRoleLabels[role]) }));
}

type ModalProps = { team: TeamView; open: boolean; onClose: () => void };

/** Today, kept inside the team's term so the suggested date is one the server accepts. */
function dayInTerm(team: TeamView): Dayjs {
  const today = dayjs().format(DATE);
  if (today < team.termStart) return dayjs(team.termStart);
  if (team.termEnd && today > team.termEnd) return dayjs(team.termEnd);
  return dayjs(today);
}

type AddValues = { cadreId?: string; role?: TeamRoleCode; joinedOn?: Dayjs };

/** A cadre joins the team; the first one in must be its leader. */
export function AddMemberModal({ team, open, onClose }: ModalProps) {
  const t = useTeamMessages();
  const { message } = App.useApp();
  const roles = useRoleOptions();
  const [form] = Form.useForm<AddValues>();
  const save = useTeamWrite(form, (body: AddValues) => teamsApi.addMember(team.id, {
    cadreId: body.cadreId!,
    role: body.role!,
    joinedOn: body.joinedOn!.format(DATE),
  }), () => {
    void message.success(t('form.saved'));
    onClose();
  });
  return (
    <Modal title={t('detail.addMember')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Form<AddValues> form={form} layout="vertical" preserve={false} onFinish={(values) => save.mutate(values)} initialValues={{ joinedOn: dayInTerm(team) }}>
        <Form.Item name="cadreId" label={t('member.cadre')} rules={[{ required: true, message: t('form.cadreRequired') }]}>
          <CadrePicker placeholder={t('member.cadreSearch')} />
        </Form.Item>
        <Form.Item name="role" label={t('member.role')} rules={[{ required: true, message: t('form.roleRequired') }]}>
          <Select options={roles} />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('member.joinedOn')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type RoleValues = { role?: TeamRoleCode; formerLeaderRole?: TeamRoleCode };

/** A new role; making someone leader while another leads asks what the former leader becomes. */
export function ChangeRoleModal({ team, member, onClose }: { team: TeamView; member: TeamMemberView | null; onClose: () => void }) {
  const t = useTeamMessages();
  const { message } = App.useApp();
  const roles = useRoleOptions();
  const [form] = Form.useForm<RoleValues>();
  const role = Form.useWatch('role', form);
  const currentLeader = team.members.find((m) => m.leftOn === null && isLeader(m.role) && m.id !== member?.id);
  const handover = isLeader(role) && currentLeader !== undefined;
  const save = useTeamWrite(form, (body: RoleValues) => teamsApi.changeMember(team.id, member!.id, {
    role: body.role!,
    ...(handover ? { formerLeaderRole: body.formerLeaderRole! } : {}),
  }), () => {
    void message.success(t('form.saved'));
    onClose();
  });
  return (
    <Modal
      title={`${t('member.changeRole')} · ${member?.cadre?.name ?? ''}`}
      open={member !== null}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<RoleValues> form={form} layout="vertical" preserve={false} onFinish={(values) => save.mutate(values)} initialValues={{ role: member?.role }}>
        <Form.Item name="role" label={t('member.role')} rules={[{ required: true, message: t('form.roleRequired') }]}>
          <Select options={roles} />
        </Form.Item>
        {handover ? (
          <Form.Item
            name="formerLeaderRole"
            label={`${t('member.formerLeaderRole')}（${currentLeader.cadre?.name ?? ''}）`}
            extra={t('member.formerLeaderHint')}
            rules={[{ required: true, message: t('form.roleRequired') }]}
          >
            <Select options={roles.filter((r) => !isLeader(r.value))} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}

type LeaveValues = { leftOn?: Dayjs };

export function LeaveModal({ team, member, onClose }: { team: TeamView; member: TeamMemberView | null; onClose: () => void }) {
  const t = useTeamMessages();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveValues>();
  const save = useTeamWrite(form, (body: LeaveValues) => teamsApi.changeMember(team.id, member!.id, { leftOn: body.leftOn!.format(DATE) }), () => {
    void message.success(t('form.saved'));
    onClose();
  });
  return (
    <Modal
      title={`${t('member.leave')} · ${member?.cadre?.name ?? ''}`}
      open={member !== null}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<LeaveValues> form={form} layout="vertical" preserve={false} onFinish={(values) => save.mutate(values)} initialValues={{ leftOn: dayInTerm(team) }}>
        <Form.Item name="leftOn" label={t('member.leftOn')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type EndValues = { termEnd?: Dayjs };

/** 任期结束: everyone in post leaves on that day. */
export function EndTeamModal({ team, open, onClose }: ModalProps) {
  const t = useTeamMessages();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  const save = useTeamWrite(form, (body: EndValues) => teamsApi.end(team.id, { termEnd: body.termEnd!.format(DATE) }), () => {
    void message.success(t('end.done'));
    onClose();
  });
  return (
    <Modal title={t('end.title')} open={open} onOk={() => form.submit()} onCancel={onClose} confirmLoading={save.isPending} destroyOnHidden>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('end.notice')} />
      <Form<EndValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => save.mutate(values)}
        initialValues={{ termEnd: team.termEnd ? dayjs(team.termEnd) : dayjs() }}
      >
        <Form.Item name="termEnd" label={t('end.termEnd')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
