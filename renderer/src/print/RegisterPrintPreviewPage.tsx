// Placeholder, replaced by the screen's real implementation.
export function RegisterPrintPreviewPage() {
  return <div data-testid="placeholder-RegisterPrintPreviewPage" />;
}
