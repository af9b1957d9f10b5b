export { DeskConnectionLine } from './DeskConnectionLine';
export { HostingSection } from './HostingSection';
