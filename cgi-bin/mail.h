/*
 * Outgoing mail for member accounts (address confirmation, password
 * reset): an RFC 5322 message in UTF-8, handed either to a sendmail-like
 * program or, in development and tests, dropped as a file in a spool
 * folder where a person or a test reads it.
 *
 * Header injection is impossible by construction: addresses must pass
 * mail_address_valid() and the subject may hold no control character,
 * so no caller-supplied CR or LF ever reaches the header.
 */
#ifndef MAIL_H
#define MAIL_H

#include <stddef.h>
#include <time.h>

#include "buf.h"

#define MAIL_ADDRESS_MAX	 254	/* bytes, RFC 5321 path limit */
#define MAIL_LINE_MAX		 998	/* octets per line, CRLF excluded */

struct mail {
	const char	*from;		/* bare address: no display name */
	const char	*to;		/* bare address */
	const char	*subject;	/* UTF-8, no control characters */
	const char	*text;		/* UTF-8 body, LF or CRLF line ends */
};

int	 mail_address_valid(const char *);
int	 mail_format(const struct mail *, time_t now, struct buf *out);
int	 mail_send(const struct mail *, const char *spool_dir,
	    const char *sendmail_cmd, char *path_out, size_t path_size);

#endif
