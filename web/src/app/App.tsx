import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.js';
import { homeOf, mayOpen } from './sections.js';
import { AppLayout } from './AppLayout.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { PageLoading } from './PageLoading.js';
import { NotFound } from './NotFound.js';

// One chunk per screen: the statistics screen's ECharts never loads for someone reading a statute.
const LawsPage = lazy(() => import('../screens/laws/LawsPage.js'));
const ArticlePage = lazy(() => import('../screens/laws/ArticlePage.js'));
const ComparePage = lazy(() => import('../screens/laws/ComparePage.js'));
const CaseListPage = lazy(() => import('../screens/cases/CaseListPage.js'));
const CasePage = lazy(() => import('../screens/cases/CasePage.js'));
const CaseEditPage = lazy(() => import('../screens/cases/CaseEditPage.js'));
const ImportPage = lazy(() => import('../screens/import/ImportPage.js'));
const BulletinPage = lazy(() => import('../screens/bulletins/BulletinPage.js'));
const TypicalBulletinsPage = lazy(() => import('../screens/typical-bulletins/TypicalBulletinsPage.js'));
const ComposeBulletinPage = lazy(() => import('../screens/typical-bulletins/ComposeBulletinPage.js'));
const StatsPage = lazy(() => import('../screens/stats/StatsPage.js'));
const ProceedingsPage = lazy(() => import('../screens/proceedings/ProceedingsPage.js'));
const NewProceedingPage = lazy(() => import('../screens/proceedings/NewProceedingPage.js'));
const ProceedingPage = lazy(() => import('../screens/proceedings/ProceedingPage.js'));
const DocumentSettingsPage = lazy(() => import('../screens/settings/DocumentSettingsPage.js'));
const DisclosureListPage = lazy(() => import('../screens/disclosures/DisclosureListPage.js'));
const DisclosurePage = lazy(() => import('../screens/disclosures/DisclosurePage.js'));
const SelfCheckPage = lazy(() => import('../screens/self-check/SelfCheckPage.js'));
const AssessmentPage = lazy(() => import('../screens/self-check/AssessmentPage.js'));
const LoginPage = lazy(() => import('../auth/LoginPage.js'));
const ChangePasswordPage = lazy(() => import('../auth/ChangePasswordPage.js'));
const UsersPage = lazy(() => import('../screens/admin/UsersPage.js'));
const LockoutsPage = lazy(() => import('../screens/admin/LockoutsPage.js'));
const AuditPage = lazy(() => import('../screens/admin/AuditPage.js'));

/**
 * Before any page: a password that must be changed is changed first (the server refuses all else until then); the
 * security and audit administrators are sent to their own pages (三权分立).
 */
function Gate({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const { pathname } = useLocation();
  if (user?.must_change_password) return <ChangePasswordPage forced />;
  if (!mayOpen(user?.role, pathname)) return <Navigate to={homeOf(user?.role)} replace />;
  return children;
}

export function App() {
  return (
    <AppLayout>
      <ErrorBoundary>
        <Suspense fallback={<PageLoading />}>
          <Gate>
            <Routes>
              <Route path="/" element={<Navigate to="/cases" replace />} />
              <Route path="/laws" element={<LawsPage />} />
              <Route path="/laws/:law" element={<LawsPage />} />
              <Route path="/laws/:law/articles/:number" element={<ArticlePage />} />
              <Route path="/laws/:law/compare" element={<ComparePage />} />
              <Route path="/cases" element={<CaseListPage />} />
              <Route path="/cases/new" element={<CaseEditPage />} />
              <Route path="/cases/:id" element={<CasePage />} />
              <Route path="/cases/:id/edit" element={<CaseEditPage />} />
              <Route path="/proceedings" element={<ProceedingsPage />} />
              <Route path="/proceedings/new" element={<NewProceedingPage />} />
              <Route path="/proceedings/:id" element={<ProceedingPage />} />
              <Route path="/import" element={<ImportPage />} />
              <Route path="/bulletins/:id" element={<BulletinPage />} />
              <Route path="/typical-bulletins" element={<TypicalBulletinsPage />} />
              <Route path="/typical-bulletins/new" element={<ComposeBulletinPage />} />
              <Route path="/stats" element={<StatsPage />} />
              <Route path="/settings/documents" element={<DocumentSettingsPage />} />
              <Route path="/disclosures" element={<DisclosureListPage />} />
              <Route path="/disclosures/:id" element={<DisclosurePage />} />
              <Route path="/self-check" element={<SelfCheckPage />} />
              <Route path="/self-check/assessments/:id" element={<AssessmentPage />} />
              <Route path="/login" element={<LoginPage />} />
              <Route path="/account/password" element={<ChangePasswordPage />} />
              <Route path="/admin/users" element={<UsersPage />} />
              <Route path="/admin/lockouts" element={<LockoutsPage />} />
              <Route path="/admin/audit" element={<AuditPage />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Gate>
        </Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}
