import type { ReactNode } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { TranslationOutlined } from '@ant-design/icons';
import { useLocaleSwitch } from '../../platform/i18n.tsx';
import { useAppMessages } from '../app.messages.ts';

/** The centred card of the pages outside the signed-in frame (sign-in, forced password change). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const t = useAppMessages();
  const { locale, setLocale } = useLocaleSwitch();
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>
        {t('app.name')}
      </Typography.Title>
      <Typography.Text type="secondary" style={{ marginBottom: 24, textAlign: 'center' }}>
        {t('app.fullName')}
      </Typography.Text>
      <Card title={title} style={{ width: '100%', maxWidth: 400 }}>
        {children}
      </Card>
      <Button type="link" icon={<TranslationOutlined />} onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')} style={{ marginTop: 16 }}>
        {t('header.language')}
      </Button>
    </Flex>
  );
}
