/** The admin app: German by default, role-aware through the auth provider's canAccess. */
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import activities from './activities';
import areaFigures from './areaFigures';
import budgetLines from './budgetLines';
import expenses from './expenses';
import measures from './measures';
import ideas from './ideas';
import needs from './needs';
import surveys from './surveys';
import signUps from './signUps';
import workPlans from './workPlans';
import apiKeys from './apiKeys';
import auditEvents from './auditEvents';
import { LoginPage } from './auth/LoginPage';
import { AppLayout } from './layout/AppLayout';
import { theme } from './theme';
import { authProvider } from './authProvider';
import centres from './centres';
import rooms from './rooms';
import roomBookings from './roomBookings';
import areaProfiles from './areaProfiles';
import indicatorPublications from './indicatorPublications';
import councils from './councils';
import type { AppDataProvider } from './dataProvider';
import districts from './districts';
import goals from './goals';
import { i18nProvider } from './i18n';
import indicators from './indicators';
import measurements from './measurements';
import meetings from './meetings';
import networks from './networks';
import contributions from './contributions';
import boundaryVersions from './boundaries';
import locationMismatches from './boundaries/mismatches';
import offers from './offers';
import organisations from './organisations';
import quarters from './quarters';
import planningAreas from './planningAreas';
import reports from './reports';
import reportSettings from './reportSettings';
import tenant from './tenant';
import tenants from './tenants';
import { AppTitle } from './layout/AppTitle';
import socialSpaces from './socialSpaces';
import targets from './targets';
import users from './users';
import imports from './imports';
import { lazyPage } from './common/lazyPage';

// Pages outside the resources, each in its own chunk like the resources' pages.
const Dashboard = lazyPage(() => import('./Dashboard'), 'Dashboard');
const MeasurementGrid = lazyPage(() => import('./measurements/MeasurementGrid'), 'MeasurementGrid');
const MySettings = lazyPage(() => import('./settings/MySettings'), 'MySettings');
const MapPage = lazyPage(() => import('./map/MapPage'), 'MapPage');
const OpenReviews = lazyPage(() => import('./reviews/OpenReviews'), 'OpenReviews');
const DataSubjects = lazyPage(() => import('./dataSubjects/DataSubjects'), 'DataSubjects');
const RoomWeek = lazyPage(() => import('./rooms/RoomWeek'), 'RoomWeek');

export function App({ dataProvider }: { dataProvider: AppDataProvider }) {
  return (
    <Admin title={<AppTitle />} dataProvider={dataProvider} authProvider={authProvider} i18nProvider={i18nProvider} dashboard={Dashboard} loginPage={LoginPage} layout={AppLayout} theme={theme} requireAuth disableTelemetry>
      <Resource {...offers} />
      <Resource {...socialSpaces} />
      <Resource {...networks} />
      <Resource {...meetings} />
      <Resource {...activities} />
      <Resource {...signUps} />
      <Resource {...ideas} />
      <Resource {...surveys} />
      <Resource {...needs} />
      <Resource {...workPlans} />
      <Resource {...measures} />
      <Resource {...budgetLines} />
      <Resource {...expenses} />
      <Resource {...areaFigures} />
      <Resource {...planningAreas} />
      <Resource {...quarters} />
      <Resource {...centres} />
      <Resource {...rooms} />
      <Resource {...roomBookings} />
      <Resource {...areaProfiles} />
      <Resource {...districts} />
      <Resource {...councils} />
      <Resource {...organisations} />
      <Resource {...goals} />
      <Resource {...indicators} />
      <Resource {...targets} />
      <Resource {...measurements} />
      <Resource {...contributions} />
      <Resource {...indicatorPublications} />
      <Resource {...imports} />
      <Resource {...reports} />
      <Resource {...reportSettings} />
      <Resource {...users} />
      <Resource {...apiKeys} />
      <Resource {...boundaryVersions} />
      <Resource {...locationMismatches} />
      <Resource {...auditEvents} />
      <Resource {...tenant} />
      <Resource {...tenants} />
      <CustomRoutes>
        <Route path="/measurements/grid" element={<MeasurementGrid />} />
        <Route path="/settings" element={<MySettings />} />
        <Route path="/map" element={<MapPage />} />
        <Route path="/open-reviews" element={<OpenReviews />} />
        <Route path="/data-subjects" element={<DataSubjects />} />
        <Route path="/rooms/:id/week" element={<RoomWeek />} />
      </CustomRoutes>
    </Admin>
  );
}
