// requests: what other features may use.
export { ProgressReminders } from './board/ProgressReminders';
