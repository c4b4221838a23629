import { appErrorCodes, signInInputSchema } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { Input } from '../../components/Input';
import { NotificationBanner } from '../../components/NotificationBanner';
import { safeReturnTo } from '../../lib/return-to';
import { useTRPC } from '../../lib/trpc';
import { landingFor } from '../family/plain-words';

export function SignInPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnTo(params.get('returnTo'));
  const signedOut = params.get('reason') === 'signed-out';
  const me = useQuery(trpc.auth.me.queryOptions());
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  const form = useZodForm(signInInputSchema, { defaultValues: { email: '', password: '' } });
  const error = useFieldError(form);

  if (me.data?.user && !signIn.isPending && !form.formState.isSubmitting) {
    return <Navigate to={landingFor(me.data.user.role, returnTo)} replace />;
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Form
          form={form}
          pageTitle="Sign in"
          onSubmit={async (values) => {
            const user = await signIn.mutateAsync(values);
            // Nothing cached for someone else (or for no one) survives a sign-in.
            await queryClient.resetQueries();
            // A family member lands on their family home, not on My work.
            await navigate(landingFor(user.role, returnTo), { replace: true });
          }}
        >
          {signedOut && <NotificationBanner text={appErrorCodes.SESSION_EXPIRED.message} />}
          <h1 className="govuk-heading-l">Sign in</h1>
          <Input
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            {...form.register('email')}
            error={error('email')}
          />
          <Input
            label="Password"
            type="password"
            autoComplete="current-password"
            spellCheck={false}
            autoCapitalize="none"
            {...form.register('password')}
            error={error('password')}
          />
          <Button>Sign in</Button>
        </Form>
      </div>
    </div>
  );
}
