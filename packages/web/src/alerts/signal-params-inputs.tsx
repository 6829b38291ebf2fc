import { TIMEFRAMES, type RiskLevel, type SignalAction } from '@goldensignals/engine';
import { Stack, TextField } from '@mui/material';
import type { AlertFieldProps } from './alert-field-props.js';
import { AgentsPicker } from './agents-picker.js';
import { ChoiceToggles } from './choice-toggles.js';

const ACTIONS: readonly { value: SignalAction; label: string }[] = ['BUY', 'SELL', 'HOLD'].map((action) => ({ value: action as SignalAction, label: action }));
const RISK_LEVELS: readonly { value: RiskLevel; label: string }[] = ['low', 'medium', 'high'].map((level) => ({ value: level as RiskLevel, label: level }));
const TIMEFRAME_OPTIONS = TIMEFRAMES.map((timeframe) => ({ value: timeframe, label: timeframe }));

/** The filters of a `signal` rule: actions, confidence and consensus floors, risk levels, timeframes, agreeing agents. */
export function SignalParamsInputs({ fields, problems, change }: AlertFieldProps) {
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <ChoiceToggles label="Actions" options={ACTIONS} value={fields.actions} onChange={(value) => change('actions', value)} problem={problems.actions} />
        <ChoiceToggles label="Risk levels" options={RISK_LEVELS} value={fields.riskLevels} onChange={(value) => change('riskLevels', value)} problem={problems.riskLevels} />
      </Stack>
      <ChoiceToggles label="Timeframes" options={TIMEFRAME_OPTIONS} value={fields.timeframes} onChange={(value) => change('timeframes', value)} problem={problems.timeframes} hint="None picked: every timeframe" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <TextField
          size="small"
          type="number"
          label="Min confidence %"
          value={fields.minConfidence}
          onChange={(event) => change('minConfidence', event.target.value)}
          error={problems.minConfidence !== undefined}
          helperText={problems.minConfidence ?? 'Empty: any'}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        />
        <TextField
          size="small"
          type="number"
          label="Min consensus %"
          value={fields.minConsensusStrength}
          onChange={(event) => change('minConsensusStrength', event.target.value)}
          error={problems.minConsensusStrength !== undefined}
          helperText={problems.minConsensusStrength ?? 'Share of the voting weight that agreed'}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 5 } }}
        />
        <TextField
          size="small"
          type="number"
          label="Min agreeing agents"
          value={fields.minAgreeingAgents}
          onChange={(event) => change('minAgreeingAgents', event.target.value)}
          error={problems.minAgreeingAgents !== undefined}
          helperText={problems.minAgreeingAgents ?? 'Agents that voted the action'}
          slotProps={{ htmlInput: { min: 1, step: 1 } }}
        />
      </Stack>
      <AgentsPicker value={fields.agents} onChange={(ids) => change('agents', ids)} problem={problems.agents} />
    </Stack>
  );
}
