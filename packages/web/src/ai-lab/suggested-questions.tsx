import { Button, Stack, Typography } from '@mui/material';

/** The questions offered in an empty conversation: each is answered from the data even without a language model. */
export const SUGGESTED_QUESTIONS: readonly string[] = ['Why is AAPL a buy?', 'Which agents are most accurate?', 'How did my last backtest do?'];

/** Buttons asking one of {@link SUGGESTED_QUESTIONS}. */
export function SuggestedQuestions({ disabled, onAsk }: { readonly disabled: boolean; readonly onAsk: (question: string) => void }) {
  return (
    <Stack spacing={1} component="section" aria-labelledby="suggested-questions" sx={{ py: 2 }}>
      <Typography id="suggested-questions" variant="subtitle2" component="h3" color="text.secondary">
        Try asking
      </Typography>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {SUGGESTED_QUESTIONS.map((question) => (
          <Button key={question} variant="outlined" size="small" disabled={disabled} onClick={() => onAsk(question)} sx={{ textTransform: 'none' }}>
            {question}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
