import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ListResult } from '../lib/list';
import { PageLoader } from './PageLoader';
import { QueryError } from './QueryError';

type Props<T> = { result: UseQueryResult<ListResult<T>>; children: (data: ListResult<T>) => ReactNode };

/**
 * Loading, error and data states of a list query. While a new page loads the previous one stays
 * visible; an error is shown above whatever data there is.
 */
export function ListBody<T>({ result, children }: Props<T>) {
  const { data, error, refetch } = result;
  return (
    <>
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data ? children(data) : !error && <PageLoader />}
    </>
  );
}
