import { Card, Col, Descriptions, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useText } from '../../platform/i18n.tsx';
import { useSession } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';
import { roleLabel } from '../role-labels.ts';
import { moduleRoutes } from '../routes.tsx';
import { menuOpen } from '../menu.tsx';
import { TodoHomeCard } from '../../modules/todos/index.ts';

export function HomePage() {
  const t = useAppMessages();
  const text = useText();
  const { me, can } = useSession();
  const shortcuts = moduleRoutes.filter((route) => route.menu && menuOpen(route.menu, can));
  const scope = me.scope.national ? t('header.national') : (me.scope.divisionName ?? t('home.noScope'));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('home.welcome', { name: me.displayName })}
      </Typography.Title>
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('home.username')}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t('home.scope')}>{scope}</Descriptions.Item>
          {me.scope.unitName ? <Descriptions.Item label={t('home.unit')}>{me.scope.unitName}</Descriptions.Item> : null}
          <Descriptions.Item label={t('home.roles')}>
            <Space size={[4, 4]} wrap>
              {me.roles.map((role) => (
                <Tag key={role} color="geekblue">
                  {text(roleLabel(role))}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <TodoHomeCard />
      <Card title={t('home.shortcuts')}>
        {shortcuts.length === 0 ? (
          <Empty description={t('home.noShortcuts')} />
        ) : (
          <Row gutter={[12, 12]}>
            {shortcuts.map((route) => (
              <Col key={route.path} xs={12} sm={8} md={6} lg={4}>
                <Link to={route.path}>
                  <Card size="small" hoverable style={{ textAlign: 'center' }}>
                    <Space orientation="vertical" size={4}>
                      <span style={{ fontSize: 20 }}>{route.menu?.icon}</span>
                      <span>{route.menu ? text(route.menu.label) : null}</span>
                    </Space>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
    </Space>
  );
}
