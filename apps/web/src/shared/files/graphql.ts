import { graphql } from '@web/gql';

/** What every list of attached files selects (`AttachmentRow` shows it; `url` downloads it). */
export const FILE_ATTACHMENT_FRAGMENT = graphql(`
  fragment FileAttachmentFields on FileAttachment {
    id
    name
    contentType
    size
    sha256
    url
    createdAt
  }
`);
