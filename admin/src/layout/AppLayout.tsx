/**
 * The layout: react-admin's, with a user menu whose accessible name starts with the name it
 * shows (WCAG 2.5.3, "label in name").
 */
import { AppBar, Layout, Logout, UserMenu, useGetIdentity, useTranslate, type LayoutProps } from 'react-admin';

function AppUserMenu() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = identity?.fullName ? `${identity.fullName} – ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      <Logout />
    </UserMenu>
  );
}

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

export const AppLayout = (props: LayoutProps) => <Layout {...props} appBar={AppAppBar} />;
