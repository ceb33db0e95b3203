import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { periodSchema, reportKinds, type ReportKindCode, type ReportView } from '../../../../contracts/reports.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { errorText, useErrorNotice } from '../../../components/use-error-notice.ts';
import { useLocale } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { todosKey } from '../../todos/index.ts';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { ReportForm, toReportBody, type ReportFormValues } from '../components/report-form.tsx';

/** The monthly kinds are the leader's; a member sends briefings (the server decides the same). */
function kindsFor(roles: readonly string[]): readonly ReportKindCode[] {
  return roles.includes('team_leader') ? reportKinds : ['briefing'];
}

/** /reports/new (team, kind and month may come from a to-do link) and /reports/:id/edit. */
export function ReportFormPage() {
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const t = useReportMessages();
  const locale = useLocale();
  const { me, can } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<ReportFormValues>();
  const [files, setFiles] = useState<File[]>([]);
  const existing = useQuery({ queryKey: [reportsKey, 'detail', id], queryFn: () => reportsApi.get(id!), enabled: Boolean(id) });
  const teams = useQuery({ queryKey: [reportsKey, 'teams'], queryFn: reportsApi.activeTeams, enabled: !id });
  const rules = useQuery({ queryKey: [reportsKey, 'rules'], queryFn: reportsApi.rules });
  const kinds = kindsFor(me.roles);

  const initialValues = useMemo<ReportFormValues>(() => {
    if (existing.data) {
      const r = existing.data;
      return { teamId: r.teamId, kind: r.kind, period: dayjs(`${r.period}-01`), title: r.title, body: r.body };
    }
    const period = params.get('period');
    const kind = params.get('kind') as ReportKindCode | null;
    const onlyTeam = teams.data?.items.length === 1 ? teams.data.items[0]!.id : undefined;
    return {
      teamId: params.get('teamId') ?? onlyTeam,
      kind: kind && kinds.includes(kind) ? kind : kinds[0],
      period: period && periodSchema.safeParse(period).success ? dayjs(`${period}-01`) : dayjs().subtract(1, 'month'),
    };
  }, [existing.data, params, teams.data, kinds]);

  const save = useMutation({
    mutationFn: async (values: ReportFormValues): Promise<ReportView> => {
      const body = toReportBody(values);
      if (id) return reportsApi.update(id, { title: body.title, body: body.body });
      const report = await reportsApi.create(body);
      // The report stands once sent; a file that fails is named, the others still go.
      for (const file of files) {
        try {
          await reportsApi.upload(report.id, file);
        } catch (error) {
          void message.warning(t('form.uploadFailed', { name: file.name, reason: errorText(error, locale) }));
        }
      }
      return report;
    },
    onSuccess: async (report) => {
      await client.invalidateQueries({ queryKey: [reportsKey] });
      // A sent or read report settles a to-do item; the menu badges follow.
      void client.invalidateQueries({ queryKey: todosKey });
      void message.success(id ? t('form.updated') : t('form.created', { title: report.title }));
      navigate(`/reports/${report.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!can('reports.submit')) return <ForbiddenResult />;
  const failed = existing.error ?? teams.error ?? rules.error;
  if (failed) return <LoadFailedResult error={failed} onRetry={() => void Promise.all([existing.refetch(), teams.refetch(), rules.refetch()])} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/reports/${id}` : '/reports')} />;
  const loading = (id && !existing.data) || (!id && !teams.data) || !rules.data;
  const teamOptions = existing.data
    ? [{ value: existing.data.teamId, label: existing.data.teamName }]
    : (teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }));

  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {loading ? (
          <Skeleton active />
        ) : !id && teamOptions.length === 0 ? (
          <Result status="info" title={t('form.noTeam')} />
        ) : (
          <ReportForm
            form={form}
            initialValues={initialValues}
            editing={Boolean(id)}
            teams={teamOptions}
            kinds={kinds}
            files={files}
            maxBytes={rules.data!.maxBytes}
            dueDay={rules.data!.dueDay}
            onFiles={setFiles}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => navigate(id ? `/reports/${id}` : '/reports')}
          />
        )}
      </Card>
    </>
  );
}
