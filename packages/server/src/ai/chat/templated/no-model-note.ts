/**
 * The note every templated answer starts with: that no language model is configured, what the answer is instead,
 * and how to configure one.
 */
export const NO_MODEL_NOTE =
  'Note: no language model is configured, so this is a templated answer built directly from GoldenSignals data. ' +
  'To get free-form answers, set LLM_BASE_URL (any OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama) ' +
  'and LLM_MODEL (plus LLM_API_KEY if the endpoint needs one), then restart the server.';
