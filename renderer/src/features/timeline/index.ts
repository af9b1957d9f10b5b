// timeline: what other features may use.
export { TimelineEvents } from './TimelineEvents';
