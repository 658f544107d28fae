/**
 * `<input type="datetime-local">` speaks "YYYY-MM-DDTHH:mm" in the device's time zone, without an
 * offset; the API speaks ISO instants. These convert between the two explicitly (components, not
 * string parsing, so no engine guesses whether the text is local or UTC).
 */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a local date-time names, or undefined for an empty or malformed value. */
export function localToDate(value: string): Date | undefined {
  const match = LOCAL.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  // 2025-02-31 would roll over into March: refuse it instead.
  if (date.getFullYear() !== year || date.getMonth() !== (month ?? 1) - 1 || date.getDate() !== day) return undefined;
  return date;
}

/** ISO instant (UTC) for the API, or null when the field is empty or malformed. */
export function localToIso(value: string): string | null {
  return localToDate(value)?.toISOString() ?? null;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the device's local "YYYY-MM-DDTHH:mm" (what the input shows); '' for none. */
export function isoToLocal(value: string | Date | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The device's time zone name ("Asia/Ho_Chi_Minh"), shown next to the inputs. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
