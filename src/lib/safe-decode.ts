// Decodes URL text for display without ever throwing on a malformed escape ("%E0%A4%A").
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
