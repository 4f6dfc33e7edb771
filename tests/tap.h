/* A minimal TAP producer for C unit tests. */
#ifndef TAP_H
#define TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

#define ok(cond, ...) do {						\
	int ok_c_ = (cond) ? 1 : 0;					\
	printf("%sok %d - ", ok_c_ ? "" : "not ", ++tap_n);		\
	printf(__VA_ARGS__);						\
	printf("\n");							\
	if (!ok_c_) {							\
		tap_failed++;						\
		printf("#   failed at %s:%d\n", __FILE__, __LINE__);	\
	}								\
} while (0)

#define is_str(got, want, ...) do {					\
	const char *is_g_ = (got), *is_w_ = (want);			\
	int is_ok_ = is_g_ != NULL && is_w_ != NULL ?			\
	    strcmp(is_g_, is_w_) == 0 : is_g_ == is_w_;			\
	ok(is_ok_, __VA_ARGS__);					\
	if (!is_ok_)							\
		printf("#   got: '%s'\n#  want: '%s'\n",		\
		    is_g_ ? is_g_ : "(null)", is_w_ ? is_w_ : "(null)");\
} while (0)

static int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
