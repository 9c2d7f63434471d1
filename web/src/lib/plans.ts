import type { Plan } from '../../../shared/catalogue/plan.js';
import { api } from './api.js';

let pending: Promise<readonly Plan[]> | null = null;

/** The catalogue changes rarely: loaded once per page and shared by every view; a failure is retried on the next call. */
export function loadPlans(): Promise<readonly Plan[]> {
  if (pending) return pending;
  const loading = api.listPlans().then((list) => list.items);
  pending = loading;
  loading.catch(() => {
    if (pending === loading) pending = null;
  });
  return loading;
}
