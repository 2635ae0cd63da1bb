/** Inputs (and list filters) offering the signed-in tenant's own themes and target groups (./useVocabulary.ts). */
import { SelectArrayInput, SelectInput, type SelectArrayInputProps, type SelectInputProps } from 'react-admin';
import { useTargetGroupChoices, useThemeChoices } from './useVocabulary';

export const ThemeInput = (props: Omit<SelectInputProps, 'choices'>) => <SelectInput {...props} choices={useThemeChoices()} />;
export const ThemesInput = (props: Omit<SelectArrayInputProps, 'choices'>) => <SelectArrayInput {...props} choices={useThemeChoices()} />;
export const TargetGroupInput = (props: Omit<SelectInputProps, 'choices'>) => <SelectInput {...props} choices={useTargetGroupChoices()} />;
export const TargetGroupsInput = (props: Omit<SelectArrayInputProps, 'choices'>) => <SelectArrayInput {...props} choices={useTargetGroupChoices()} />;
