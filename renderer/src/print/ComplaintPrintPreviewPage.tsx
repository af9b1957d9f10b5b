// Placeholder, replaced by the screen's real implementation.
export function ComplaintPrintPreviewPage() {
  return <div data-testid="placeholder-ComplaintPrintPreviewPage" />;
}
