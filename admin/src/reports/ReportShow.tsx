/** A sent report: its status and the e-mail as the recipients saw it (sandboxed preview). */
import { DateField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
const Preview = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.html ? <iframe title={translate('app.report.preview')} sandbox="" srcDoc={record.html} style={{ width: '100%', height: 900, border: '1px solid #ddd' }} /> : null;
};
export const ReportShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="month" />
      <TextField source="status" />
      <TextField source="recipients" />
      <DateField source="sentAt" showTime emptyText="–" />
      <TextField source="messageId" emptyText="–" />
      <Preview />
    </SimpleShowLayout>
  </Show>
);
