// TanStack Query keyed by the API method and its input, so invalidating a method refreshes every screen that reads it.
import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { ApiInput, ApiOutput, MethodName } from '../../../shared/api';
import { call } from './api';

export function useApiQuery<M extends MethodName>(
  method: M,
  input: ApiInput<M>,
  options: Omit<UseQueryOptions<ApiOutput<M>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ApiOutput<M>>({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}
