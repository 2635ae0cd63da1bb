/**
 * The layout: react-admin's, with a user menu whose accessible name starts with the name it
 * shows (WCAG 2.5.3, "label in name").
 */
import SettingsIcon from '@mui/icons-material/Settings';
import { MenuItem, ListItemIcon, ListItemText } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import MapIcon from '@mui/icons-material/Public';
import ReviewsIcon from '@mui/icons-material/RateReview';
import PrivacyIcon from '@mui/icons-material/PrivacyTip';
import { AppBar, Layout, Logout, Menu, UserMenu, useGetIdentity, useTranslate, useUserMenu, type LayoutProps } from 'react-admin';
import { isAdmin } from '../authProvider';

/** "Meine Einstellungen" in the user menu: every clerk's own report and reminder settings. */
const SettingsMenuItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const menu = useUserMenu();
  return (
    <MenuItem component={Link} to="/settings" ref={ref} {...props} onClick={() => menu?.onClose()}>
      <ListItemIcon><SettingsIcon fontSize="small" /></ListItemIcon>
      <ListItemText>{translate('app.settings.menu')}</ListItemText>
    </MenuItem>
  );
});

function AppUserMenu() {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = identity?.fullName ? `${identity.fullName} – ${translate('ra.auth.user_menu')}` : 'ra.auth.user_menu';
  return (
    <UserMenu label={label}>
      {identity?.kind !== 'partner' && <SettingsMenuItem />}
      <Logout />
    </UserMenu>
  );
}

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

/** The resources' menu with the map after the dashboard; at the end, beside the administration's resources, the translations' open reviews and the GDPR requests (admins). */
const AppMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.Item to="/map" primaryText="app.map.title" leftIcon={<MapIcon />} />
    <Menu.ResourceItems />
    {isAdmin() && <Menu.Item to="/open-reviews" primaryText="app.reviews.menu" leftIcon={<ReviewsIcon />} />}
    {isAdmin() && <Menu.Item to="/data-subjects" primaryText="app.data_subjects.menu" leftIcon={<PrivacyIcon />} />}
  </Menu>
);

export const AppLayout = (props: LayoutProps) => <Layout {...props} appBar={AppAppBar} menu={AppMenu} />;
