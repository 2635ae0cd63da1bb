/**
 * The admin theme: react-admin's default with colours that meet WCAG 2.1 AA (BITV 2.0).
 * - primary and secondary (the app bar) dark enough for white text (≥ 7:1);
 * - `contrastThreshold: 4.5`, so MUI picks text on coloured chips and buttons (e.g. the orange
 *   "veraltet" chip) with at least 4.5:1;
 * - a visible focus ring on everything clickable (2.4.7), white inside the app bar;
 * - the skip link dark on white when it appears; the empty-list text readable.
 */
import { deepmerge } from '@mui/utils';
import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

const BLUE = '#0d47a1';
const FOCUS = { outline: '3px solid #1a1a1a', outlineOffset: '2px' };

export const theme: RaThemeOptions = deepmerge(defaultLightTheme, {
  palette: {
    primary: { main: BLUE },
    secondary: { light: '#5472d3', main: BLUE, dark: '#002171', contrastText: '#fff' },
    // Red text (the delete button) on the grey form toolbar needs the darker red.
    error: { main: '#b71c1c' },
    contrastThreshold: 4.5,
  },
  components: {
    MuiButtonBase: { styleOverrides: { root: { '&.Mui-focusVisible': FOCUS } } },
    MuiAppBar: { styleOverrides: { root: { '& .Mui-focusVisible': { outlineColor: '#fff' } } } },
    // Spinners are progress bars to a screen reader, and every progress bar needs a name (4.1.2).
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Wird geladen' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Wird geladen' } },
    MuiInputLabel: { styleOverrides: { root: { color: 'rgba(0, 0, 0, 0.72)' } } },
    // A reference input is disabled while its choices load; its hint stays readable meanwhile (1.4.3).
    MuiFormHelperText: { styleOverrides: { root: { '&.Mui-disabled': { color: 'rgba(0, 0, 0, 0.6)' } } } },
    // The "nothing here yet" page is greyed out with opacity; readable grey instead.
    RaEmpty: { styleOverrides: { root: { '& .RaEmpty-message': { opacity: 1, color: 'rgba(0, 0, 0, 0.72)' }, '& .RaEmpty-icon': { opacity: 0.6 } } } },
    RaSkipNavigationButton: {
      styleOverrides: { root: { backgroundColor: '#fff', color: BLUE, border: `2px solid ${BLUE}`, '&:hover': { backgroundColor: '#fff' }, '&:focus': FOCUS } },
    },
  },
} as RaThemeOptions);
