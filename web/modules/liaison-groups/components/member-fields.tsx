import { Button, Flex, Form, Select, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { liaisonMember, liaisonRoles, type LiaisonMemberView } from '../../../../contracts/liaison-groups.ts';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { liaisonGroupApi, liaisonGroupKey } from '../liaison-groups.api.ts';
import { useLiaisonGroupMessages } from '../liaison-groups.messages.ts';

const memberRules = zodRules(liaisonMember);

export type MemberValues = { teamId?: string; role?: (typeof liaisonRoles.codes)[number]; contactCadreId?: string | null };

const searchTeams = async (q: string): Promise<RemoteOption[]> =>
  (await liaisonGroupApi.searchTeams(q)).items.map((team) => {
    const villages = team.villages.map((v) => v.name).filter(Boolean);
    return { value: team.id, label: villages.length ? `${team.name} · ${villages.join('、')}` : team.name };
  });

type RowProps = { form: FormInstance; name: number; known: readonly LiaisonMemberView[]; onRemove: () => void };

/** One member team: the team, its part in the group, and which of its members in post keeps in touch. */
function MemberRow({ form, name, known, onRemove }: RowProps) {
  const t = useLiaisonGroupMessages();
  const text = useText();
  const teamId = Form.useWatch(['members', name, 'teamId'], form) as string | undefined;
  const team = useQuery({ queryKey: [liaisonGroupKey, 'team', teamId], queryFn: () => liaisonGroupApi.team(teamId!), enabled: !!teamId, staleTime: 60_000 });
  const today = dayjs().format('YYYY-MM-DD');
  const contacts = new Map<string, RemoteOption>();
  for (const m of team.data?.members ?? []) if (m.cadre && (!m.leftOn || m.leftOn > today)) contacts.set(m.cadreId, { value: m.cadreId, label: m.cadre.name });
  // The contact saved before may have left the team since; the edit still shows who it was.
  for (const k of known) if (k.teamId === teamId && k.contactCadreId && k.contactName && !contacts.has(k.contactCadreId)) contacts.set(k.contactCadreId, { value: k.contactCadreId, label: k.contactName });
  const knownTeams = known.map((k) => ({ value: k.teamId, label: k.villageName ? `${k.teamName} · ${k.villageName}` : k.teamName }));

  return (
    <Flex gap={8} align="start" wrap data-testid={`liaison-member-${name}`}>
      <Form.Item name={[name, 'teamId']} rules={memberRules('teamId', '请选择工作队')} style={{ flex: 2, minWidth: 220 }}>
        <RemoteSelect
          queryKey={[liaisonGroupKey, 'pick-teams']}
          search={searchTeams}
          known={knownTeams}
          placeholder={t('form.teamPlaceholder')}
          aria-label={t('form.team')}
          onChange={() => form.setFieldValue(['members', name, 'contactCadreId'], null)}
        />
      </Form.Item>
      <Form.Item name={[name, 'role']} rules={memberRules('role', '请选择成员分工')} style={{ width: 140 }}>
        <Select aria-label={t('form.role')} options={liaisonRoles.codes.map((r) => ({ value: r, label: text(liaisonRoles.labels[r]) }))} />
      </Form.Item>
      <Form.Item name={[name, 'contactCadreId']} style={{ flex: 1, minWidth: 140 }}>
        <Select
          aria-label={t('form.contact')}
          placeholder={t('form.contactPlaceholder')}
          allowClear
          disabled={!teamId}
          loading={team.isFetching}
          options={[...contacts.values()]}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Button type="text" aria-label={t('form.remove')} icon={<MinusCircleOutlined />} onClick={onRemove} />
    </Flex>
  );
}

/** The member teams as a list of rows; at most one leading team, checked by the server. */
export function MemberFields({ form, known }: { form: FormInstance; known: readonly LiaisonMemberView[] }) {
  const t = useLiaisonGroupMessages();
  return (
    <Form.List name="members">
      {(fields, { add, remove }) => (
        <Flex vertical gap={0}>
          {fields.map((field) => (
            <MemberRow key={field.key} form={form} name={field.name} known={known} onRemove={() => remove(field.name)} />
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'member' })} style={{ alignSelf: 'flex-start' }} data-testid="liaison-member-add">
            {t('form.addMember')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
