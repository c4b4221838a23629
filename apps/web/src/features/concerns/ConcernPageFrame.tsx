import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../app/PageLoading';
import { QueryProblem } from '../../app/QueryProblem';
import { BackLink } from '../../components/BackLink';
import { usePageTitle } from '../../lib/page-title';
import { concernPaths } from './concern-forms';
import { type ConcernsView, useChildConcerns } from './concerns-data';

export type FrameProps = { childId: string; childName: string; view: ConcernsView };

/** Loads the child and their concerns, shows the back link, and hands both to the page's form. */
export function ConcernPageFrame({ title, children }: { title: string; children: (props: FrameProps) => ReactNode }) {
  const { childId = '' } = useParams();
  const { child, concerns } = useChildConcerns(childId);
  const failed = child.isError ? child.error : concerns.isError ? concerns.error : null;
  usePageTitle(failed ? undefined : title);

  if (failed) return <QueryProblem error={failed} withHeading />;
  if (!child.data || !concerns.data) return <PageLoading />;

  return (
    <>
      <BackLink href={concernPaths(childId).child}>Back to {child.data.child.name}</BackLink>
      {children({ childId, childName: child.data.child.name, view: concerns.data })}
    </>
  );
}

export function ConcernHeading({ childName, title }: { childName: string; title: string }) {
  return (
    <>
      <span className="govuk-caption-l">{childName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
    </>
  );
}
