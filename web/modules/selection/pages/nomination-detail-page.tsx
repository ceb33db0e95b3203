import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Row, Skeleton, Tag } from 'antd';
import { ArrowLeftOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { genderLabels, partyStatusLabels, specialityLabels } from '../../../../contracts/cadres.ts';
import { vettingAspects, vettingLabels } from '../../../../contracts/selection.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { ApiError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { NominationStateTag, RoleText } from '../components/selection-labels.tsx';
import { StepForm } from '../components/step-form.tsx';
import { ReplaceModal } from '../components/replace-modal.tsx';
import { stepNeeds, toActionBody, type StepValues } from '../components/step-fields.ts';

/** Field errors of the step's own fields go on the step form; "vetting" as a whole sits on its first remark. */
function onStepFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = error.fields.filter((f) => f.path !== 'comment').map((f) => (f.path === 'vetting' ? { ...f, path: 'vetting.politics' } : f));
  return new ApiError(error.status, error.code, error.message, fields);
}

/** /selection/nominations/:id: the candidate, the 入口关 remarks, and the selection steps with the caller's actions. */
export function NominationDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useSelectionMessages();
  const text = useText();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [stepForm] = Form.useForm<StepValues>();
  const [replacing, setReplacing] = useState(false);
  const query = useQuery({ queryKey: [selectionKey, 'nomination', id], queryFn: () => selectionApi.getNomination(id!) });
  const nomination = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = (
    <Button
      type="text"
      icon={<ArrowLeftOutlined />}
      aria-label={t('nomination.back')}
      onClick={() => void navigate(nomination ? `/selection/slots/${nomination.slotId}` : '/selection')}
    />
  );
  if (!nomination) return (<><PageHeader title={t('nominations.title')} back={back} /><Skeleton active /></>);

  const needs = stepNeeds(nomination.workflow?.actions.map((a) => a.action) ?? []);
  const withFields = needs.vetting || needs.date;
  const onAction = async (action: string, comment: string | undefined) => {
    try {
      await selectionApi.act(nomination.id, toActionBody(action, comment, withFields ? stepForm.getFieldsValue() : {}));
    } catch (error) {
      const isReason = error instanceof ApiError && error.fields?.some((f) => f.path === 'comment');
      if (!isReason) {
        if (applyFieldErrors(stepForm, onStepFields(error))) void message.error(t('step.fixFields'));
        else notify(error);
      }
      throw error;
    }
    if (withFields) stepForm.resetFields();
    void message.success(t('step.done'));
    await client.invalidateQueries({ queryKey: [selectionKey] });
  };
  const vetting = nomination.vetting;

  return (
    <>
      <PageHeader
        title={t('nomination.title', { name: nomination.cadreName ?? '—' })}
        subtitle={<NominationStateTag state={nomination.state} />}
        back={back}
        extra={
          nomination.abilities.replace ? (
            <Button icon={<SwapOutlined />} onClick={() => setReplacing(true)}>
              {t('nomination.replace')}
            </Button>
          ) : null
        }
      />
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card style={{ marginBottom: 16 }}>
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label={t('nomination.cadre')}>
                {nomination.cadre
                  ? [nomination.cadre.name, text(genderLabels[nomination.cadre.gender]), text(partyStatusLabels[nomination.cadre.partyStatus])].join(' · ')
                  : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.unit')}>{nomination.unitName}</Descriptions.Item>
              <Descriptions.Item label={t('column.village')}>
                <Link to={`/selection/slots/${nomination.slotId}`}>{nomination.villageName ?? nomination.divisionCode}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('column.role')}><RoleText role={nomination.role} /></Descriptions.Item>
              <Descriptions.Item label={t('column.team')}>{nomination.teamName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('nomination.specialities')}>
                {nomination.cadreSpecialities.length > 0 ? nomination.cadreSpecialities.map((s) => <Tag key={s}>{text(specialityLabels[s])}</Tag>) : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.effectiveDate')}>{nomination.effectiveDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('column.endDate')}>{nomination.endDate ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('slot.needs')} span="filled">{nomination.needs ?? '—'}</Descriptions.Item>
              {nomination.reason ? <Descriptions.Item label={t('column.reason')} span="filled">{nomination.reason}</Descriptions.Item> : null}
              {nomination.replacesId ? (
                <Descriptions.Item label={t('replacement')} span="filled">
                  <Link to={`/selection/nominations/${nomination.replacesId}`}>{t('nomination.replaces')}</Link>
                </Descriptions.Item>
              ) : null}
              {nomination.replacedById ? (
                <Descriptions.Item label={t('replacement')} span="filled">
                  <Link to={`/selection/nominations/${nomination.replacedById}`}>{t('nomination.replacedBy')}</Link>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          {vetting ? (
            <Card title={t('nomination.vetting')} size="small" style={{ marginBottom: 16 }}>
              <Descriptions column={1} size="small">
                {vettingAspects.map((aspect) => (
                  <Descriptions.Item key={aspect} label={text(vettingLabels[aspect])}>{vetting[aspect] ?? '—'}</Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          ) : null}
          <StepForm form={stepForm} needs={needs} />
        </Col>
        <Col xs={24} lg={10}>
          {nomination.workflow ? <WorkflowPanel workflow={nomination.workflow} onAction={onAction} title={t('nomination.workflow')} /> : null}
        </Col>
      </Row>
      <ReplaceModal nomination={nomination} open={replacing} onClose={() => setReplacing(false)} />
    </>
  );
}
