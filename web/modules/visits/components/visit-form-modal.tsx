import { useState } from 'react';
import { App, Form, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { VisitView } from '../../../../contracts/visits.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { errorText, useErrorNotice } from '../../../components/use-error-notice.ts';
import { useLocale } from '../../../platform/i18n.tsx';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { VisitForm } from './visit-form.tsx';
import { toVisitCreateBody, toVisitUpdateBody, type CadreChoice, type VisitFormValues } from './visit-values.ts';

type VisitFormModalProps = {
  open: boolean;
  /** The visit being corrected; none to record a new one. */
  visit?: VisitView | null;
  /** Set on a household's page: the visit is that household's. */
  householdId?: string;
  cadreChoice: CadreChoice;
  onClose: () => void;
};

function initialValuesOf(visit: VisitView | null | undefined): VisitFormValues {
  if (!visit) return { visitedOn: dayjs() };
  return {
    visitedOn: dayjs(visit.visitedOn),
    findings: visit.findings,
    followUp: visit.followUp ?? undefined,
    followUpDone: visit.followUpDone ? dayjs(visit.followUpDone) : null,
  };
}

/** Records or corrects a visit; chosen photos are sent one by one after the visit is saved. */
export function VisitFormModal({ open, visit, householdId, cadreChoice, onClose }: VisitFormModalProps) {
  const t = useVisitMessages();
  const locale = useLocale();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<VisitFormValues>();
  const [files, setFiles] = useState<File[]>([]);
  const editing = Boolean(visit);

  const save = useMutation({
    mutationFn: async (values: VisitFormValues) => {
      if (visit) return visitsApi.update(visit.id, toVisitUpdateBody(values));
      const created = await visitsApi.create(toVisitCreateBody(values, householdId));
      for (const file of files) {
        try {
          await visitsApi.uploadPhoto(created.id, file);
        } catch (error) {
          void message.warning(t('form.photoFailed', { name: file.name, reason: errorText(error, locale) }));
        }
      }
      return created;
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: [visitsKey] });
      void message.success(t(editing ? 'form.updated' : 'form.created'));
      close();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  function close() {
    setFiles([]);
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      title={t(editing ? 'form.editTitle' : 'form.createTitle')}
      open={open}
      onOk={() => form.submit()}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      onCancel={close}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      <VisitForm
        key={visit?.id ?? 'new'}
        form={form}
        initialValues={initialValuesOf(visit)}
        editing={editing}
        householdFixed={Boolean(householdId)}
        cadreChoice={cadreChoice}
        files={files}
        onFiles={setFiles}
        onSubmit={(values) => save.mutate(values)}
      />
    </Modal>
  );
}
