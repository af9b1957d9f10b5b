// Service requests: the call form and its host in the frame, the request page, the list, the deadline board and its reminders.
// What the app and other features use of it.
export { ProgressReminders } from './board/ProgressReminders';
export { CallFormHost, NewCallButton } from './call/CallFormHost';
export { BoardPage } from './board/BoardPage';
export { RequestPage } from './page/RequestPage';
export { RequestsPage } from './list/RequestsPage';
