import { AppLink } from '../../components/LinkContext';
import { useLeadProfessional } from './lead-professional-data';

/** The episode page's "Lead professional" section: who it is, and the way to the full page. */
export function LeadProfessionalSummary({ episodeId }: { episodeId: string }) {
  const result = useLeadProfessional(episodeId);
  const lead = result.data?.current ?? null;
  return (
    <>
      <h2 className="govuk-heading-m">Lead professional</h2>
      <p className="govuk-body">
        {result.isPending
          ? 'Loading…'
          : lead
            ? `${lead.name}${lead.organisation ? `, ${lead.organisation}` : ''}${lead.telephone ? `, ${lead.telephone}` : ''}`
            : (result.data?.notReady ?? 'No lead professional has been assigned yet.')}
      </p>
      <p className="govuk-body">
        <AppLink className="govuk-link" href={`/episodes/${episodeId}/lead-professional`}>
          {result.data?.mayAssign ? 'See or change the lead professional' : 'See the lead professional and history'}
        </AppLink>
      </p>
    </>
  );
}
