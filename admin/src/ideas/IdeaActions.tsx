/** The idea's own actions above its edit and show pages: the sender's contact data, and the take-up as a need or a measure. */
import type { ReactNode } from 'react';
import { TopToolbar } from 'react-admin';
import { ContactButton } from './ContactButton';
import { TakeUpButton } from './TakeUpButton';

export const IdeaActions = ({ children }: { children?: ReactNode }) => (
  <TopToolbar>
    <ContactButton />
    <TakeUpButton />
    <TakeUpButton as="measure" />
    {children}
  </TopToolbar>
);
