/* Pure helpers: text validation, decoding, dates; and write_all, the one
 * that does I/O.  No globals. */
#ifndef UTIL_H
#define UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

int	 utf8_valid(const char *, size_t);
size_t	 utf8_chars(const char *, size_t);
int	 pct_decode(char *, size_t *, int plus_is_space);
int	 slug_valid(const char *, size_t max);
int	 int_parse(const char *, long long min, long long max, long long *);
int	 date_parse(const char *, time_t *);
int	 sqltime_parse(const char *, time_t *);
void	 sqltime_format(time_t, char out[20]);
void	 rfc3339_format(time_t, char out[26]);
void	 httpdate_format(time_t, char out[30]);
int	 httpdate_parse(const char *, time_t *);
size_t	 slugify(const char *, char *out, size_t);
int	 search_terms(const char *q, char *out, size_t);
uint64_t hash_fnv1a(const void *, size_t, uint64_t seed);
int	 write_all(int fd, const void *, size_t);
#define HASH_FNV_SEED 0xcbf29ce484222325ULL

#endif
