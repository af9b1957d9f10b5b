// Placeholder, replaced by the screen's real implementation.
export function ComplaintPage() {
  return <div data-testid="placeholder-ComplaintPage" />;
}
