import { Alert, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { aiLabApi } from './ai-lab-api.js';
import { AI_LAB_QUERY_KEYS as KEYS } from './ai-lab-query-keys.js';
import { embeddingsText } from './embeddings-text.js';

/** The exact words shown when no language model is configured. */
export const NO_LANGUAGE_MODEL = 'No language model is configured: answers come from templates over your data. Set LLM_BASE_URL and LLM_MODEL.';

/** Whether a language model answers (and which), and what search runs on, from `GET /ai/status`. */
export function AiStatusBanner() {
  const status = useQuery({ queryKey: KEYS.status, queryFn: aiLabApi.status, staleTime: 60_000 });
  if (status.isPending) return null;
  if (status.isError)
    return (
      <Alert severity="warning" role="alert">
        The assistant's status cannot be read: {status.error.message}
      </Alert>
    );
  const { languageModel, embeddings } = status.data;
  return (
    <Alert severity={languageModel.configured ? 'success' : 'info'} role="status" aria-label="Assistant status">
      <Typography variant="body2">
        {languageModel.configured ? `Answers come from the language model ${languageModel.model ?? '(unnamed)'}${languageModel.baseUrl === undefined ? '' : ` at ${languageModel.baseUrl}`}, which calls tools over your data and cites them.` : NO_LANGUAGE_MODEL}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {embeddingsText(embeddings)}
      </Typography>
    </Alert>
  );
}
