import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, ButtonGroup } from '../../components/Button';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { userDraftKeyPrefix } from '../assessment/autosave/decide';
import { draftStore } from '../assessment/autosave/draft-store';

/**
 * Signing out with text on this device that eCAF has not saved (CF-7). On a shared computer
 * that text must not stay behind, but deleting it silently would lose work: the user decides.
 */
export function SignOutPage() {
  usePageTitle('Sign out');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery(trpc.auth.me.queryOptions());
  const userId = me.data?.user?.id ?? null;
  const [unsaved, setUnsaved] = useState<string[] | null>(null);

  useEffect(() => {
    if (!userId) return;
    void draftStore()
      .keys(userDraftKeyPrefix(userId))
      .then(setUnsaved, () => setUnsaved([]));
  }, [userId]);

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        queryClient.clear();
        void navigate('/sign-in', { replace: true });
      },
    }),
  );

  async function deleteAndSignOut() {
    const store = draftStore();
    await Promise.all((unsaved ?? []).map((key) => store.delete(key)));
    signOut.mutate();
  }

  const count = unsaved?.length ?? 0;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign out</h1>
        {count > 0 ? (
          <>
            <WarningText>
              {count === 1 ? 'One section has' : `${count} sections have`} text on this device that eCAF has not saved
              yet.
            </WarningText>
            <p className="govuk-body">
              It is kept here so that nothing you typed is lost. If you sign out now it will be deleted, so that nobody
              else using this computer can read it.
            </p>
            <p className="govuk-body">
              To keep it, go back and stay on the page until it says it is saved. If eCAF cannot be reached, stay signed
              in and try again later.
            </p>
          </>
        ) : (
          <p className="govuk-body">You have no unsaved text on this device.</p>
        )}
        <ButtonGroup>
          <Button type="button" onClick={() => void navigate(-1)}>
            Go back
          </Button>
          <Button
            type="button"
            variant={count > 0 ? 'warning' : 'secondary'}
            disabled={signOut.isPending || unsaved === null}
            onClick={() => void deleteAndSignOut()}
          >
            {count > 0 ? 'Delete the unsaved text and sign out' : 'Sign out'}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
