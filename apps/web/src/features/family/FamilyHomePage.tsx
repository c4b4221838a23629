import { formatDate } from '@ecaf/domain';
import { useQuery } from '@tanstack/react-query';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { InsetText } from '../../components/InsetText';
import { AppLink } from '../../components/LinkContext';
import { SummaryList } from '../../components/SummaryList';
import { formatTimestampAsDate } from '../../lib/format';
import { usePageTitle } from '../../lib/page-title';
import { useTRPC } from '../../lib/trpc';
import { episodeStatusWords } from './plain-words';

const TITLE = 'Your family’s CAF records';

/** The family home: the children this family member is party to, and each one's CAFs. */
export function FamilyHomePage() {
  const trpc = useTRPC();
  const home = useQuery(trpc.family.home.queryOptions());
  usePageTitle(home.isError ? undefined : TITLE);

  if (home.isPending) return <PageLoading />;
  if (home.isError) return <QueryProblem error={home.error} withHeading />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          A Common Assessment Framework (CAF) record is where the people helping your family write down what they have
          found out, what your family thinks and what will happen next. Here you can read it, add your views and see who
          has looked at it.
        </p>
        {home.data.children.length === 0 ? (
          <InsetText>
            There are no records for you to see yet. If you think there should be, contact the practitioner who invited
            you.
          </InsetText>
        ) : (
          home.data.children.map((child) => (
            <section key={child.childId} aria-labelledby={`child-${child.childId}`} className="govuk-!-margin-bottom-8">
              <h2 className="govuk-heading-m" id={`child-${child.childId}`}>
                {child.isYou ? `${child.name} (you)` : child.name}
              </h2>
              {child.dateOfBirth && <p className="govuk-body">Born {formatDate(child.dateOfBirth)}</p>}
              {child.episodes.map((episode) => (
                <div className="govuk-summary-card" key={episode.episodeId}>
                  <div className="govuk-summary-card__title-wrapper">
                    <h3 className="govuk-summary-card__title">
                      <AppLink className="govuk-link" href={`/family/episodes/${episode.episodeId}`}>
                        View the CAF record {episode.reference}
                        <span className="govuk-visually-hidden"> for {child.name}</span>
                      </AppLink>
                    </h3>
                  </div>
                  <div className="govuk-summary-card__content">
                    <SummaryList
                      rows={[
                        { key: 'Started', value: formatTimestampAsDate(episode.startedAt) },
                        { key: 'Where it is now', value: episodeStatusWords[episode.status] },
                        {
                          key: 'Lead professional',
                          value: episode.leadProfessional ?? 'Not chosen yet',
                        },
                      ]}
                    />
                  </div>
                </div>
              ))}
            </section>
          ))
        )}
      </div>
    </div>
  );
}
