import { acceptInvitationInputSchema, formatDate, isoDateInLondon, MIN_PASSWORD_LENGTH } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { SummaryList } from '../../components/SummaryList';
import { appErrorOf } from '../../lib/errors';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { FAMILY_HOME } from './plain-words';

const TITLE = 'Set up your eCAF account';
const UNUSABLE_TITLE = 'This invitation cannot be used';

/**
 * The family's first sign-in (screen 1): the invitation link opens this page, signed out. It says
 * who the invitation is for and who sent it (nothing about the child until they have an
 * account), asks for a password, then signs them in and opens their family home.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const trpc = useTRPC();
  const invitation = useQuery({ ...trpc.family.invitation.queryOptions({ token }), retry: false });
  const me = useQuery(trpc.auth.me.queryOptions());

  const unusable = invitation.data?.usable === false || appErrorOf(invitation.error)?.code === 'VALIDATION_FAILED';
  usePageTitle(invitation.isPending ? undefined : unusable ? UNUSABLE_TITLE : invitation.isError ? undefined : TITLE);

  if (invitation.isPending) return <PageLoading />;
  if (unusable) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">{UNUSABLE_TITLE}</h1>
          <p className="govuk-body">
            {invitation.data?.usable === false
              ? invitation.data.message
              : 'This invitation link is not right. Check that you copied all of it, or ask the practitioner who invited you for a new one.'}
          </p>
          <p className="govuk-body">
            If you have already set a password,{' '}
            <AppLink className="govuk-link" href="/sign-in">
              sign in
            </AppLink>
            .
          </p>
        </div>
      </div>
    );
  }
  if (invitation.isError || !invitation.data.usable) return <QueryProblem error={invitation.error} withHeading />;
  const details = invitation.data;
  const signedInAs = me.data?.user ?? null;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SetPasswordForm token={token}>
          <h1 className="govuk-heading-l">{TITLE}</h1>
          <p className="govuk-body">
            {details.invitedBy.name}
            {details.invitedBy.organisation ? ` from ${details.invitedBy.organisation}` : ''} has invited you to see the
            Common Assessment Framework (CAF) record they are keeping with your family.
          </p>
          <SummaryList
            rows={[
              { key: 'Name', value: details.inviteeName },
              { key: 'Email address', value: details.email },
              {
                key: 'Invitation works until',
                value: formatDate(isoDateInLondon(new Date(details.expiresAt))),
              },
            ]}
          />
          <p className="govuk-body">
            Choose a password. You will sign in with your email address and this password. If something here is wrong,
            tell the person who invited you.
          </p>
          {signedInAs && (
            <InsetText>
              You are signed in as {signedInAs.name}. Setting up this account will sign you out of that one.
            </InsetText>
          )}
        </SetPasswordForm>
      </div>
    </div>
  );
}

function SetPasswordForm({ token, children }: { token: string; children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation(trpc.family.acceptInvitation.mutationOptions());
  const form = useZodForm(acceptInvitationInputSchema, {
    defaultValues: { token, password: '', confirmPassword: '' },
  });
  const error = useFieldError(form);

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (values) => {
        await accept.mutateAsync(values);
        // Nothing cached for someone else (or for no one) survives a sign-in.
        await queryClient.resetQueries();
        await navigate(FAMILY_HOME, { replace: true });
      }}
    >
      {children}
      <Input
        label="Create a password"
        labelClassName="govuk-label--s"
        hint={`Use at least ${MIN_PASSWORD_LENGTH} characters. Three or more words together are easy to remember and hard to guess.`}
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="none"
        {...form.register('password')}
        error={error('password')}
      />
      <Input
        label="Type your password again"
        labelClassName="govuk-label--s"
        type="password"
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="none"
        {...form.register('confirmPassword')}
        error={error('confirmPassword')}
      />
      <Button disabled={form.formState.isSubmitting}>Set password and continue</Button>
    </Form>
  );
}
