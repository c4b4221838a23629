import { Tag } from '../../components/Tag';

export function VersionStatusTag({ status }: { status: 'draft' | 'completed' }) {
  return status === 'completed' ? <Tag colour="green">Completed</Tag> : <Tag colour="blue">Draft</Tag>;
}
