import { App, Form, InputNumber, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentFormulaBody, campaignLines, type AssessmentFormulaBody, type AssessmentView } from '../../../../../contracts/campaign-analysis.ts';
import { applyFieldErrors } from '../../../../components/form-errors.ts';
import { useErrorNotice } from '../../../../components/use-error-notice.ts';
import { zodRules } from '../../../../components/zod-rules.ts';
import { useText } from '../../../../platform/i18n.tsx';
import { analysisApi, analysisKey } from '../analysis.api.ts';
import { useAnalysisMessages } from '../analysis.messages.ts';

const rules = zodRules(assessmentFormulaBody);

/** The contract's verdict on one weight: its own bound, and for the first line the rule that one weight must count. */
function weightProblem(weights: Record<string, number | null | undefined>, line: string, first: boolean): string | null {
  const filled = Object.fromEntries(Object.entries(weights).map(([key, value]) => [key, value ?? 0]));
  const result = assessmentFormulaBody.safeParse({ weights: filled, capPercent: 100, fullScore: 100 });
  if (result.success) return null;
  const issue = result.error.issues.find((i) => (i.path[0] === 'weights' && i.path[1] === line) || (first && i.path.length === 1 && i.path[0] === 'weights'));
  return issue?.message ?? null;
}

type Props = { campaignId: string; view: AssessmentView; open: boolean; onClose: () => void };

/** 考核办法: the committee weighs the lines, caps over-fulfilment and sets the full score. */
export function FormulaDialog({ campaignId, view, open, onClose }: Props) {
  const t = useAnalysisMessages();
  const text = useText();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<AssessmentFormulaBody>();
  const save = useMutation({
    mutationFn: (body: AssessmentFormulaBody) => analysisApi.saveFormula(campaignId, body),
    onSuccess: async () => {
      void message.success(t('formula.saved'));
      await queryClient.invalidateQueries({ queryKey: [analysisKey] });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const initial: AssessmentFormulaBody = {
    weights: Object.fromEntries(view.lines.map((line) => [line, view.formula.weights[line] ?? 0])),
    capPercent: view.formula.capPercent,
    fullScore: view.formula.fullScore,
  };

  async function submit() {
    let values: AssessmentFormulaBody;
    try {
      values = await form.validateFields();
    } catch {
      // The refused fields already show why, each beside its input.
      return;
    }
    const weights = Object.fromEntries(view.lines.map((line) => [line, values.weights?.[line] ?? 0]));
    save.mutate({ weights, capPercent: values.capPercent, fullScore: values.fullScore });
  }

  return (
    <Modal
      open={open}
      title={t('formula.title')}
      okText={t('formula.save')}
      cancelText={t('formula.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} preserve={false}>
        <Typography.Text strong>{t('formula.weights')}</Typography.Text>
        <Typography.Paragraph type="secondary">{t('formula.weightsHint')}</Typography.Paragraph>
        {view.lines.map((line) => (
          <Form.Item
            key={line}
            name={['weights', line]}
            label={text(campaignLines.labels[line])}
            dependencies={view.lines.map((l) => ['weights', l])}
            rules={[
              {
                validator: async () => {
                  const problem = weightProblem((form.getFieldValue('weights') ?? {}) as Record<string, number | null>, line, line === view.lines[0]);
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <InputNumber data-testid={`formula-weight-${line}`} min={0} step={1} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Form.Item name="capPercent" label={t('formula.capPercent')} rules={rules('capPercent')}>
          <InputNumber data-testid="formula-cap" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="fullScore" label={t('formula.fullScore')} rules={rules('fullScore')}>
          <InputNumber data-testid="formula-full-score" style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
