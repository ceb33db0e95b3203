import { Avatar, Button, Dropdown, Flex, Layout, Tag, Typography, theme } from 'antd';
import { EnvironmentOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, TranslationOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useLocaleSwitch } from '../../platform/i18n.tsx';
import { useSession } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';

type AppHeaderProps = { phone: boolean; onOpenMenu: () => void };

export function AppHeader({ phone, onOpenMenu }: AppHeaderProps) {
  const t = useAppMessages();
  const { me, signOut } = useSession();
  const { locale, setLocale } = useLocaleSwitch();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const scope = [me.scope.national ? t('header.national') : me.scope.divisionName, me.scope.unitName].filter(Boolean).join(' · ');

  async function leave() {
    await signOut();
    navigate('/sign-in', { replace: true, state: { signedOut: true } });
  }

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        padding: phone ? '0 8px' : '0 24px',
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        position: 'sticky',
        top: 0,
        zIndex: 10,
      }}
    >
      {phone ? (
        <>
          <Button type="text" icon={<MenuOutlined />} aria-label={t('menu.open')} onClick={onOpenMenu} />
          <Typography.Text strong ellipsis style={{ flex: 'none' }}>
            {t('app.name')}
          </Typography.Text>
        </>
      ) : null}
      <Flex align="center" gap={phone ? 4 : 12} style={{ marginInlineStart: 'auto', minWidth: 0 }}>
        {scope ? (
          <Tag icon={<EnvironmentOutlined />} color="blue" title={t('header.scope')} style={{ marginInlineEnd: 0, maxWidth: phone ? 120 : 320, overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {scope}
          </Tag>
        ) : null}
        <Button
          type="text"
          size="small"
          icon={<TranslationOutlined />}
          aria-label={t('header.languageLabel')}
          onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}
        >
          {phone ? null : t('header.language')}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'password', icon: <KeyOutlined />, label: t('header.changePassword'), onClick: () => navigate('/password') },
              { type: 'divider' },
              { key: 'signOut', icon: <LogoutOutlined />, label: t('header.signOut'), onClick: () => void leave() },
            ],
          }}
        >
          <Button type="text" aria-label={`${t('header.account')} ${me.displayName}`} style={{ paddingInline: 4 }}>
            <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary }} />
            {phone ? null : <span>{me.displayName}</span>}
          </Button>
        </Dropdown>
      </Flex>
    </Layout.Header>
  );
}
