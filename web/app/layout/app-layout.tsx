import { Suspense, useState } from 'react';
import { Drawer, Flex, Layout, Spin, Typography, theme } from 'antd';
import { Outlet } from 'react-router';
import { useAppMessages } from '../app.messages.ts';
import { AppHeader } from './app-header.tsx';
import { SideMenu } from './side-menu.tsx';
import { usePhoneWidth } from './use-phone-width.ts';

function Brand() {
  const t = useAppMessages();
  return (
    <div style={{ padding: '16px 20px' }}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('app.name')}
      </Typography.Title>
    </div>
  );
}

/** The signed-in frame: side menu on a desktop, a drawer behind a menu button on a phone. */
export function AppLayout() {
  const phone = usePhoneWidth();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {phone ? (
        <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size={260} title={<Brand />} styles={{ body: { padding: 0 }, header: { padding: 0 } }}>
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          <Brand />
          <SideMenu />
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader phone={phone} onOpenMenu={() => setDrawerOpen(true)} />
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          <Suspense
            fallback={
              <Flex justify="center" style={{ padding: 48 }}>
                <Spin />
              </Flex>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
