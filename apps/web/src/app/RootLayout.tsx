import { can } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigate } from 'react-router';
import { Footer } from '../components/Footer';
import { Header } from '../components/Header';
import { LinkProvider } from '../components/LinkContext';
import { SkipLink } from '../components/SkipLink';
import { userDraftKeyPrefix } from '../features/assessment/autosave/decide';
import { draftStore } from '../features/assessment/autosave/draft-store';
import { FAMILY_HOME } from '../features/family/plain-words';
import { useTRPC } from '../lib/trpc';
import { RouterLink } from './AppLink';

/**
 * After a route change, focus goes to the top of the page (a hidden heading that holds the new
 * page's title) so screen reader users hear where they are and Tab reaches the skip link next,
 * as on a full page load. Pages that focus something themselves (an error summary, a success
 * banner) keep their focus.
 */
function RouteAnnouncer() {
  const { pathname } = useLocation();
  const ref = useRef<HTMLParagraphElement>(null);
  const firstRender = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose after every route change
  useEffect(() => {
    const announcer = ref.current;
    if (!announcer) return;
    // Read the title set by the new page's own effects, which have already run.
    announcer.textContent = document.title;
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = document.getElementById('main-content');
    if (main && document.activeElement && main.contains(document.activeElement)) return;
    announcer.focus();
  }, [pathname]);

  return <p ref={ref} tabIndex={-1} className="govuk-visually-hidden app-route-announcer" />;
}

function useSignedInUser() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  return me.data?.user ?? null;
}

export function RootLayout() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const user = useSignedInUser();

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        void navigate('/sign-in', { replace: true });
      },
    }),
  );

  /** CF-7: text kept on this device and not yet saved must not be dropped, or left behind, silently. */
  async function signOutUnlessUnsaved(userId: string) {
    const unsaved = await draftStore()
      .keys(userDraftKeyPrefix(userId))
      .catch(() => []);
    if (unsaved.length > 0) void navigate('/sign-out');
    else signOut.mutate();
  }

  const navigation = !user
    ? []
    : user.role === 'family_member'
      ? // The family view only: their children's records.
        [
          {
            href: FAMILY_HOME,
            text: 'Your family',
            current: pathname === FAMILY_HOME,
            active: pathname.startsWith(`${FAMILY_HOME}/`),
          },
        ]
      : [
          { href: '/', text: 'My work', current: pathname === '/' },
          // Only offered to those who may search the index (SH-3).
          ...(can(user.role, 'child-index:search')
            ? [
                {
                  href: '/children',
                  text: 'Find a child',
                  current: pathname === '/children',
                  active: pathname.startsWith('/children/'),
                },
              ]
            : []),
          // Screen 7: the manager's dashboard; the duplicate review (CH-2) is one of its tools.
          ...(can(user.role, 'dashboard:view')
            ? [
                {
                  href: '/dashboard',
                  text: 'Dashboard',
                  current: pathname === '/dashboard',
                  active: pathname === '/duplicates' || pathname.startsWith('/duplicates/'),
                },
              ]
            : []),
        ];

  return (
    <LinkProvider value={RouterLink}>
      <RouteAnnouncer />
      <SkipLink />
      <Header
        authorityName={user?.authorityName}
        navigation={navigation}
        navigationEnd={
          user ? (
            <div className="app-service-navigation__end">
              <p className="app-service-navigation__user">
                <span className="govuk-visually-hidden">Signed in as </span>
                {user.name}
                {user.organisationName ? `, ${user.organisationName}` : ''}
              </p>
              <button
                type="button"
                className="app-sign-out"
                onClick={() => void signOutUnlessUnsaved(user.id)}
                disabled={signOut.isPending}
              >
                Sign out
              </button>
            </div>
          ) : undefined
        }
      />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content">
          <Outlet />
        </main>
      </div>
      <Footer />
      <ScrollRestoration />
    </LinkProvider>
  );
}
