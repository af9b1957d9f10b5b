// A certificate's SHA-256 fingerprint as the desk and the host both show it, so the user compares like with like: eight
// groups of four bytes, one a line.
import Box from '@mui/material/Box';

function fingerprintGroups(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 4) groups.push(bytes.slice(i, i + 4).join(':'));
  return groups;
}

export function Fingerprint({ value, testId }: { value: string; testId: string }) {
  return (
    <Box component="ol" data-testid={testId} sx={{ m: 0, p: 0, listStyle: 'none', fontFamily: 'monospace', fontSize: 18, lineHeight: 1.7 }}>
      {fingerprintGroups(value).map((group) => (
        <li key={group}>{group}</li>
      ))}
    </Box>
  );
}
