import { Badge } from '@mantine/core';
import { IconEye, IconLock, IconUsersGroup, IconWorld } from '@tabler/icons-react';
import type { ProjectDomain, ProjectKind, ProjectStatus, ProjectVisibility } from '@helix/domain';
import { useProjectLabels } from './project-labels';

// Dot badges print black text; the colour is only in the dot.
const STATUS_COLOR: Record<ProjectStatus, string> = {
  DRAFT: 'gray',
  OPEN: 'teal',
  EVALUATION: 'blue',
  AWARDED: 'grape',
  UNSUCCESSFUL: 'orange',
  CANCELLED: 'red',
};

const VISIBILITY_ICON: Record<ProjectVisibility, typeof IconWorld> = { PUBLIC: IconWorld, PLATFORM: IconUsersGroup, INVITED: IconLock };

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const labels = useProjectLabels();
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]}>
      {labels.status(status)}
    </Badge>
  );
}

export function ProjectKindBadge({ kind }: { kind: ProjectKind }) {
  const labels = useProjectLabels();
  return (
    <Badge variant="light" color="blue">
      {labels.kind(kind)}
    </Badge>
  );
}

export function ProjectDomainBadge({ domain }: { domain: ProjectDomain }) {
  const labels = useProjectLabels();
  return <Badge variant="default">{labels.domain(domain)}</Badge>;
}

export function ProjectVisibilityBadge({ visibility }: { visibility: ProjectVisibility }) {
  const labels = useProjectLabels();
  const Icon = VISIBILITY_ICON[visibility] ?? IconEye;
  return (
    <Badge variant="default" leftSection={<Icon size={12} aria-hidden />}>
      {labels.visibility(visibility)}
    </Badge>
  );
}
