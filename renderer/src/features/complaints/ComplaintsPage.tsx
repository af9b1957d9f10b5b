// Placeholder, replaced by the screen's real implementation.
export function ComplaintsPage() {
  return <div data-testid="placeholder-ComplaintsPage" />;
}
