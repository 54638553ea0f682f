// The scan store (issue 3): content-addressed originals under attachments/, cached renditions, cleanup.
export { addAttachment, type AddedAttachment, type AttachmentSource } from './addAttachment';
export { getAttachment, type AttachmentVariant } from './getAttachment';
export { removeAttachment } from './removeAttachment';
export { sweepUnusedAttachments, type SweepResult } from './sweep';
export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_PIXELS } from './limits';
