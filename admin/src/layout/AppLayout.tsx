/**
 * The layout: react-admin's, with the signed-in user's municipality in the app bar (its title, logo and
 * colours from GET /v1/me, the colours only while they keep 4.5 : 1), a user menu whose accessible name
 * starts with the name it shows (WCAG 2.5.3, "label in name"), and a menu for what the user may do:
 * the operator sees only the tenants.
 */
import SettingsIcon from '@mui/icons-material/Settings';
import { Box, MenuItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { forwardRef, useEffect } from 'react';
import { Link } from 'react-router-dom';
import MapIcon from '@mui/icons-material/Public';
import ReviewsIcon from '@mui/icons-material/RateReview';
import PrivacyIcon from '@mui/icons-material/PrivacyTip';
import TenantIcon from '@mui/icons-material/Apartment';
import { AppBar, Layout, Logout, Menu, TitlePortal, UserMenu, useCanAccess, useGetIdentity, useTranslate, useUserMenu, type LayoutProps } from 'react-admin';
import { isAdmin, isOperator, principal } from '../authProvider';
import { readable } from '../../../shared/format/contrast';
import { TenantLogo } from '../tenant/LookSample';
import { useTenantFace } from '../tenant/useTenantFace';
import { useAppTitle } from './AppTitle';
import { UnavailableBanner } from './UnavailableBanner';

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
      {/* Partners and the operator have no settings of their own (the operator no tenant's either). */}
      {identity && identity.kind !== 'partner' && identity.kind !== 'operator' && <SettingsMenuItem />}
      <Logout />
    </UserMenu>
  );
}

/** The municipality's title (and logo) before the page's title; also the browser tab's title. */
function TenantName() {
  const face = useTenantFace();
  const title = useAppTitle();
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <Box sx={{ display: { xs: 'none', sm: 'flex' }, alignItems: 'center', gap: 1, mr: 2, flexShrink: 0 }}>
      <TenantLogo url={face?.logoUrl} height={28} />
      <Typography variant="h6" component="span" data-testid="tenant-title" sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>{title}</Typography>
      <Box component="span" aria-hidden sx={{ opacity: 0.7, ml: 1 }}>|</Box>
    </Box>
  );
}

function AppAppBar() {
  const face = useTenantFace();
  // The tenant's colours where they stay readable (the API refuses less than 4.5 : 1; this guards older entries), else the theme's.
  const brand = face && readable(face.brandColour, face.textOnBrand) ? { bgcolor: face.brandColour, color: face.textOnBrand, '& .Mui-focusVisible': { outlineColor: face.textOnBrand } } : undefined;
  return (
    <AppBar userMenu={<AppUserMenu />} sx={brand}>
      <TenantName />
      <TitlePortal />
    </AppBar>
  );
}

/** "Mandant": the own municipality's settings, to edit for admins, to read for leadership. */
function TenantMenuItem() {
  const p = principal();
  const id = p && p.kind !== 'operator' ? p.tenant : undefined;
  const { canAccess: mayEdit } = useCanAccess({ resource: 'tenant', action: 'edit', record: id ? { id } : undefined });
  const { canAccess: mayRead } = useCanAccess({ resource: 'tenant', action: 'show', record: id ? { id } : undefined });
  if (!id || !(mayEdit || mayRead)) return null;
  return <Menu.Item to={mayEdit ? `/tenant/${encodeURIComponent(id)}` : `/tenant/${encodeURIComponent(id)}/show`} primaryText="app.tenant.menu" leftIcon={<TenantIcon />} />;
}

/**
 * The resources' menu with the map after the dashboard; at the end, beside the administration's resources, the
 * municipality's settings, the translations' open reviews and the GDPR requests (admins). The operator has no
 * dashboard or map (both read a tenant's records): only the tenants.
 */
function AppMenu() {
  const operator = isOperator();
  return (
    <Menu>
      {!operator && <Menu.DashboardItem />}
      {!operator && <Menu.Item to="/map" primaryText="app.map.title" leftIcon={<MapIcon />} />}
      <Menu.ResourceItems />
      {!operator && <TenantMenuItem />}
      {isAdmin() && <Menu.Item to="/open-reviews" primaryText="app.reviews.menu" leftIcon={<ReviewsIcon />} />}
      {isAdmin() && <Menu.Item to="/data-subjects" primaryText="app.data_subjects.menu" leftIcon={<PrivacyIcon />} />}
    </Menu>
  );
}

export const AppLayout = ({ children, ...props }: LayoutProps) => (
  <Layout {...props} appBar={AppAppBar} menu={AppMenu}>
    <UnavailableBanner />
    {children}
  </Layout>
);
