import { useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useComponentMessages } from './components.messages.ts';
import { useErrorNotice } from './use-error-notice.ts';

type ExportButtonProps = {
  /** Starts the download and answers the file name the server gave it. */
  download: () => Promise<string>;
  children?: ReactNode;
};

/** Downloads a workbook the server builds (and audits), busy while it is built, naming the file when done. */
export function ExportButton({ download, children }: ExportButtonProps) {
  const t = useComponentMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [exporting, setExporting] = useState(false);

  async function run() {
    setExporting(true);
    try {
      const name = await download();
      void message.success(t('export.done', { name }));
    } catch (error) {
      notify(error);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void run()}>
      {children ?? t('export.button')}
    </Button>
  );
}
