// TanStack Query keyed by the API method and its input, so invalidating a method refreshes every screen that reads it.
import { useInfiniteQuery, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { changedBy, type ApiInput, type ApiOutput, type MethodName, type WriteMethodName } from '../../../shared/api';
import { call } from './api';

export function useApiQuery<M extends MethodName>(
  method: M,
  input: ApiInput<M>,
  options: Omit<UseQueryOptions<ApiOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  // The query's signal: a read whose screen is gone stops being sent again while the host is away.
  return useQuery<ApiOutput<M>>({ queryKey: [method, input], queryFn: ({ signal }) => call(method, input, { signal }), ...options });
}

/** A method that answers page by page: `items`, and the cursor its input takes as `after` for the next page. */
type PagedMethod = {
  [M in MethodName]: ApiOutput<M> extends { items: readonly unknown[]; nextCursor: string | null }
    ? ApiInput<M> extends { after?: string }
      ? M
      : never
    : never;
}[MethodName];

type PageItem<M extends PagedMethod> = ApiOutput<M> extends { items: ReadonlyArray<infer Item> } ? Item : never;

/**
 * The pages of a list read so far (keyset: "load more" asks for the page after the last row), keyed like useApiQuery,
 * with their rows in one array.
 */
export function useApiPages<M extends PagedMethod>(
  method: M,
  input: ApiInput<M>,
  options: { refetchInterval?: number; enabled?: boolean } = {},
) {
  const list = useInfiniteQuery({
    queryKey: [method, input],
    queryFn: ({ pageParam }) => call(method, (pageParam ? { ...input, after: pageParam } : input) as ApiInput<M>),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last as { nextCursor: string | null }).nextCursor,
    ...options,
  });
  const rows = useMemo(
    () => list.data?.pages.flatMap((page) => (page as { items: Array<PageItem<M>> }).items) ?? [],
    [list.data],
  );
  return { list, rows };
}

/** After `method` succeeded: every screen reading what the contract says it changed reads again (awaited). */
export function refreshAfterWrite(queryClient: QueryClient) {
  return async (method: MethodName): Promise<void> => {
    await Promise.all(changedBy(method).map((read) => queryClient.invalidateQueries({ queryKey: [read] })));
  };
}

/** Reads again what a write changes without making it: after it lost to someone else's change (a conflict). */
export function useRefreshReads(): (method: WriteMethodName) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback((method) => refreshAfterWrite(queryClient)(method), [queryClient]);
}
