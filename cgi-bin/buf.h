/*
 * A counted, growable byte buffer.
 *
 * Invariants: `data` is NULL only while `cap` is 0; otherwise
 * `len < cap` and `data[len]` is a NUL byte, so the content may be
 * used as a C string when it holds no NUL of its own.  `len` counts the
 * bytes written, never the trailing NUL.  A failed allocation sets
 * `oom` and leaves the buffer as it was: callers check once at the end.
 */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
	int	 oom;
};

void	 buf_init(struct buf *);
void	 buf_free(struct buf *);
void	 buf_reset(struct buf *);
int	 buf_reserve(struct buf *, size_t);
void	 buf_put(struct buf *, const void *, size_t);
void	 buf_puts(struct buf *, const char *);
void	 buf_putc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
		__attribute__((format(printf, 2, 3)));
const char *buf_str(const struct buf *);

#endif
