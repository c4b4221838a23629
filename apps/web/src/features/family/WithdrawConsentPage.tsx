import { familyWithdrawConsentInputSchema } from '@ecaf/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { Button, ButtonGroup } from '../../components/Button';
import { Form } from '../../components/form/Form';
import { useFieldError } from '../../components/form/useFieldError';
import { useZodForm } from '../../components/form/useZodForm';
import { AppLink } from '../../components/LinkContext';
import { Textarea } from '../../components/Textarea';
import { WarningText } from '../../components/WarningText';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import type { FamilyEpisodeState } from './FamilyEpisodePage';

const TITLE = 'Withdraw your consent to share information';

/**
 * CO-5 in the family view: before withdrawing, the family member reads in plain words what
 * happens (sharing stops at once, the team loses access, only the lead professional and managers
 * keep it to close the CAF, the lead professional is told) and confirms.
 */
export function WithdrawConsentPage() {
  const { episodeId = '' } = useParams();
  const trpc = useTRPC();
  const result = useQuery(trpc.family.episode.queryOptions({ episodeId }));
  usePageTitle(result.isError ? undefined : TITLE);

  if (result.isPending) return <PageLoading />;
  if (result.isError) return <QueryProblem error={result.error} withHeading />;
  const view = result.data;
  const back = `/family/episodes/${episodeId}`;
  const share = view.consentToShare;

  if (!share?.canWithdraw) {
    return (
      <>
        <BackLink href={back}>Back to the record</BackLink>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          {share?.status === 'withdrawn'
            ? 'Your consent to share information has already been withdrawn.'
            : share
              ? `Only ${share.givenBy.name}, who agreed, can withdraw this consent here. If you want it changed, contact the lead professional.`
              : 'No agreement to share information has been recorded, so there is nothing to withdraw.'}
        </p>
        <p className="govuk-body">
          <AppLink className="govuk-link" href={back}>
            Go back to the record
          </AppLink>
        </p>
      </>
    );
  }

  const lead = view.contact?.isLeadProfessional ? view.contact.name : null;
  return (
    <>
      <BackLink href={back}>Back to the record</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WithdrawForm episodeId={episodeId} consentId={share.id}>
            <span className="govuk-caption-l">CAF {view.episode.reference}</span>
            <h1 className="govuk-heading-l">{TITLE}</h1>
            <p className="govuk-body">You can withdraw your consent at any time. If you do:</p>
            <ul className="govuk-list govuk-list--bullet">
              <li>sharing stops straight away</li>
              <li>
                people in the team who could see the record because you agreed will not be able to see it any more
              </li>
              <li>
                only {lead ? `the lead professional (${lead})` : 'the lead professional'} and managers of early help
                will still be able to see it, so that they can talk to you about what happens next and close the CAF if
                it needs to end
              </li>
              <li>{lead ? `${lead} will be told` : 'the lead professional will be told'}</li>
            </ul>
            <p className="govuk-body">
              The record is not deleted. You can still see it here, and you can agree to share again later by talking to
              the lead professional.
            </p>
            <WarningText>Withdrawing your consent cannot be undone from this page.</WarningText>
          </WithdrawForm>
        </div>
      </div>
    </>
  );
}

function WithdrawForm({
  episodeId,
  consentId,
  children,
}: {
  episodeId: string;
  consentId: string;
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const withdraw = useMutation(trpc.family.withdrawConsent.mutationOptions());
  const form = useZodForm(familyWithdrawConsentInputSchema, {
    defaultValues: { episodeId, consentId, reason: '', confirmed: true },
  });
  const error = useFieldError(form);
  const back = `/family/episodes/${episodeId}`;

  return (
    <Form
      form={form}
      pageTitle={TITLE}
      onSubmit={async (values) => {
        const result = await withdraw.mutateAsync(values);
        await queryClient.invalidateQueries(trpc.family.pathFilter());
        const state: FamilyEpisodeState = {
          consentWithdrawn: { leadProfessionalEmailed: result.leadProfessionalEmail === 'emailed' },
        };
        await navigate(back, { state });
      }}
    >
      {children}
      <Textarea
        label="Why are you withdrawing your consent? (optional)"
        labelClassName="govuk-label--s"
        hint="This helps the lead professional understand. You do not have to say."
        rows={4}
        {...form.register('reason')}
        error={error('reason')}
      />
      <ButtonGroup>
        <Button variant="warning" disabled={form.formState.isSubmitting}>
          Yes, withdraw my consent
        </Button>
        <AppLink className="govuk-link" href={back}>
          No, go back
        </AppLink>
      </ButtonGroup>
    </Form>
  );
}
