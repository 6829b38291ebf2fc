import { Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMemo } from 'react';
import { usePreferences, type PreferencesState } from './preferences-store.js';
import { SettingsSection } from './settings-section.js';

function timeZones(current: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // Older engines: offer the zone in use and UTC.
  }
  return [...new Set([current, 'UTC', ...zones])].sort((left, right) => left.localeCompare(right));
}

/** Theme and time zone of this browser. */
export function PreferencesSection() {
  const { theme, timeZone, setTheme, setTimeZone } = usePreferences();
  const zones = useMemo(() => timeZones(timeZone), [timeZone]);
  return (
    <SettingsSection title="Display" description="Kept in this browser.">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" id="theme-label">
            Theme
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={theme} onChange={(_event, value: PreferencesState['theme'] | null) => value !== null && setTheme(value)} aria-labelledby="theme-label">
            <ToggleButton value="dark">Dark</ToggleButton>
            <ToggleButton value="light">Light</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        <TextField size="small" select label="Time zone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} slotProps={{ select: { native: true } }} sx={{ minWidth: 240 }}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </TextField>
      </Stack>
    </SettingsSection>
  );
}
