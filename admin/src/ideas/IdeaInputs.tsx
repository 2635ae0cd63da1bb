/**
 * Staff's part of an idea, the same in Create and Edit: release or reject it (with a reason the
 * sender reads on their status page), its stand, the public answer, and merging it into another idea.
 */
import { AutocompleteInput, RadioButtonGroupInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { ideaStatusChoices, moderationChoices } from './choices';
import { shortText } from './shortText';

/** Asked for only when rejecting: the schema requires it then, and it means nothing otherwise. */
function RejectionReasonInput() {
  const moderation = useWatch({ name: 'moderation' });
  return moderation === 'rejected' ? <TextInput source="rejectionReason" multiline fullWidth helperText="app.idea.rejection_help" /> : null;
}

/** Another idea of the same social space, found by its words (the list's search). */
function DuplicateOfInput() {
  const socialSpaceId = useWatch({ name: 'socialSpaceId' });
  return (
    <ReferenceInput source="duplicateOf" reference="ideas" filter={socialSpaceId ? { socialSpaceId } : {}} sort={{ field: 'createdAt', order: 'DESC' }}>
      <AutocompleteInput optionText={(r: any) => shortText(r.text, 90)} helperText="app.idea.duplicate_help" fullWidth />
    </ReferenceInput>
  );
}

/** The sender reads the reason on their status page: once the idea is no longer rejected, an old reason would mislead (the form's `transform`). */
export const dropStaleReason = (data: any) => (data.moderation === 'rejected' ? data : { ...data, rejectionReason: undefined });

export const IdeaInputs = () => (
  <>
    <RadioButtonGroupInput source="moderation" choices={moderationChoices} defaultValue="pending" />
    <RejectionReasonInput />
    <SelectInput source="status" choices={ideaStatusChoices} defaultValue="received" />
    <TextInput source="answer" multiline fullWidth helperText="app.idea.answer_help" />
    <DuplicateOfInput />
  </>
);
