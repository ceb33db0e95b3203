import { useRef } from 'react';
import { App, Button } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useVisitMessages } from '../visits.messages.ts';
import { isPhotoName, photoAccept } from './visit-values.ts';

/** Opens the file chooser for one photo; anything but JPG or PNG is refused with a word, not sent. */
export function PhotoPicker({ busy, onPick }: { busy?: boolean; onPick: (file: File) => void }) {
  const t = useVisitMessages();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={photoAccept}
        style={{ display: 'none' }}
        aria-label={t('photo.choose')}
        data-testid="visit-photo-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          if (!isPhotoName(file.name)) void message.error(t('photo.badType'));
          else onPick(file);
        }}
      />
      <Button icon={<CameraOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {t('photo.choose')}
      </Button>
    </>
  );
}
