// TanStack Query keyed by the API method and its input, so invalidating a method refreshes every screen that reads it.
import { useInfiniteQuery, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import { call } from './api';

export function useApiQuery<M extends MethodName>(
  method: M,
  input: ApiInput<M>,
  options: Omit<UseQueryOptions<ApiOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ApiOutput<M>>({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
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
