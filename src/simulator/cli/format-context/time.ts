// Go's time.Time.String() for the client's zone (UTC here): "2026-03-02 09:00:00 +0000 UTC",
// with fractional seconds only when present, as CreatedAt columns print them.

export function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  const [date, rest] = iso.split('T');
  const [clock, frac] = rest.replace('Z', '').split('.');
  const fraction = frac && /[1-9]/.test(frac) ? `.${frac.replace(/0+$/, '')}` : '';
  return `${date} ${clock}${fraction} +0000 UTC`;
}
