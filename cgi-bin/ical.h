/*
 * iCalendar (RFC 5545) output of the events of a page document.
 *
 * Every value reaches the output through one escaping function per
 * value type (TEXT, parameter, URI) and every content line through
 * ical_line(), which folds it: whatever the document holds, the result
 * is CRLF-terminated, folded at 75 octets, valid UTF-8 and free of
 * control characters other than HTAB.
 */
#ifndef ICAL_H
#define ICAL_H

#include <libxml/tree.h>

#include "buf.h"

/*
 * Appends the events of a page document as a VCALENDAR to `out`.
 * Event page: /page/item[@kind='event'], one VEVENT per timings/timing.
 * Agenda: /page/list/item, one VEVENT per item (each has one timing);
 * a listed item whose timing has no id (feeds) gives its timings/timing.
 * `base` is the site URL without trailing slash, `host` the host part
 * of the UIDs, `calname` the name of the calendar (NULL: the site name).
 * A timing without an id or a valid start is left out.
 * Returns 0, or -1 on bad arguments or memory exhaustion.
 */
int	 ical_write(xmlDocPtr, const char *base, const char *host,
	    const char *calname, struct buf *out);

/* A TEXT value (RFC 5545 3.3.11): \ ; , escaped, line breaks as \n,
 * other control characters dropped, invalid UTF-8 as U+FFFD. */
void	 ical_text(struct buf *, const char *);

/* A content line, folded at 75 octets between characters, CRLF-ended. */
void	 ical_line(struct buf *, const char *line);

/* "2026-12-03T20:00:00+01:00" -> "20261203T200000": the wall time as
 * written (our times are Paris times).  Returns 0, or -1 if invalid. */
int	 ical_datetime(const char *rfc3339, char out[16]);

/* "2025-10-15T12:44:59+02:00" -> "20251015T104459Z": the same instant
 * in UTC, for DTSTAMP, CREATED, LAST-MODIFIED.  Returns 0 or -1. */
int	 ical_utc(const char *rfc3339, char out[17]);

#endif
