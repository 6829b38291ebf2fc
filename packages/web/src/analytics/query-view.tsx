import { Alert, Typography } from '@mui/material';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

/** A query's loading text or its error (the API's message), else what `children` makes of the data. */
export function QueryView<T>({ query, loading, children }: { readonly query: UseQueryResult<T>; readonly loading: string; readonly children: (data: T) => ReactNode }) {
  if (query.isPending) return <Typography color="text.secondary">{loading}</Typography>;
  if (query.isError)
    return (
      <Alert severity="error" role="alert">
        {query.error.message}
      </Alert>
    );
  return children(query.data);
}
