// The repair archive's timeline (维修档案): the events of a customer or a piece of equipment.
// What the app and other features use of it.
export { TimelineEvents } from './TimelineEvents';
