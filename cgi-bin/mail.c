#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "crypto.h"
#include "mail.h"
#include "util.h"

#define HEADER_LINE_MAX	 78	/* RFC 5322 2.1.1: SHOULD */
#define LOCAL_PART_MAX	 64	/* RFC 5321 4.5.3.1.1 */
#define DOMAIN_MAX	 253
#define LABEL_MAX	 63
/*
 * Bytes of UTF-8 per encoded word: 42 bytes make 56 base64 characters
 * and a 68-character "=?UTF-8?B?...?=", so "Subject: " plus one word
 * stays within 78 columns, as does a folded line (space plus a word).
 */
#define EWORD_BYTES	 42

/* Characters allowed in the local part besides letters and digits. */
static const char local_specials[] = "!#$%&'*+-/=?^_`{|}~.";

static int
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9');
}

/* A dot-atom local part: atext runs joined by single dots. */
static int
local_valid(const char *s, size_t n)
{
	size_t	 i;

	if (n == 0 || n > LOCAL_PART_MAX || s[0] == '.' || s[n - 1] == '.')
		return 0;
	for (i = 0; i < n; i++) {
		if (!is_alnum((unsigned char)s[i]) &&
		    strchr(local_specials, s[i]) == NULL)
			return 0;
		if (s[i] == '.' && s[i + 1] == '.')
			return 0;
	}
	return 1;
}

/*
 * A host name with at least two labels of letters, digits and hyphens,
 * no label starting or ending with a hyphen, and a top-level label that
 * is not all digits (so no bare IP addresses).
 */
static int
domain_valid(const char *s, size_t n)
{
	size_t	 i, start = 0, labels = 0;
	int	 alpha = 0;

	if (n == 0 || n > DOMAIN_MAX)
		return 0;
	for (i = 0; i <= n; i++) {
		if (i < n && s[i] != '.') {
			if (!is_alnum((unsigned char)s[i]) && s[i] != '-')
				return 0;
			if (!(s[i] >= '0' && s[i] <= '9') && s[i] != '-')
				alpha = 1;
			continue;
		}
		if (i == start || i - start > LABEL_MAX ||
		    s[start] == '-' || s[i - 1] == '-')
			return 0;
		labels++;
		if (i < n)
			alpha = 0;
		start = i + 1;
	}
	return labels >= 2 && alpha;
}

/*
 * Accepts "local@host.tld" as it may appear bare in a header and on a
 * command line: exactly one '@', a dot-atom local part (printable ASCII
 * without spaces or <>()[]\,;:"), a dotted host; at most 254 bytes.
 */
int
mail_address_valid(const char *a)
{
	const char	*at;
	size_t		 n;

	if (a == NULL)
		return 0;
	if ((n = strnlen(a, MAIL_ADDRESS_MAX + 1)) > MAIL_ADDRESS_MAX)
		return 0;
	if ((at = strchr(a, '@')) == NULL || strchr(at + 1, '@') != NULL)
		return 0;
	return local_valid(a, (size_t)(at - a)) &&
	    domain_valid(at + 1, n - (size_t)(at - a) - 1);
}

/* No byte below 0x20 and no DEL: a header value cannot break a line. */
static int
header_text_valid(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	return 1;
}

static void
b64_put(struct buf *b, const unsigned char *p, size_t n)
{
	static const char	 a[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	uint32_t		 v;
	size_t			 i;

	for (i = 0; i < n; i += 3) {
		v = (uint32_t)p[i] << 16;
		if (i + 1 < n)
			v |= (uint32_t)p[i + 1] << 8;
		if (i + 2 < n)
			v |= p[i + 2];
		buf_putc(b, a[v >> 18]);
		buf_putc(b, a[(v >> 12) & 63]);
		buf_putc(b, i + 1 < n ? a[(v >> 6) & 63] : '=');
		buf_putc(b, i + 2 < n ? a[v & 63] : '=');
	}
}

/*
 * The Subject header.  Plain when it is printable ASCII, fits on one
 * line and holds nothing a reader would take for an encoded word;
 * otherwise RFC 2047 "B" encoded words of whole UTF-8 characters, one
 * per folded line.
 */
static void
subject_put(struct buf *b, const char *s)
{
	static const char	 name[] = "Subject: ";
	size_t			 len = strlen(s), i, n, k;
	int			 plain = 1;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			plain = 0;
	if (sizeof(name) - 1 + len > HEADER_LINE_MAX || strstr(s, "=?"))
		plain = 0;
	buf_puts(b, name);
	if (plain) {
		buf_puts(b, s);
		buf_puts(b, "\r\n");
		return;
	}
	for (i = 0; i < len; i += n) {
		/* Take whole characters up to EWORD_BYTES. */
		for (n = 0; i + n < len; n += k) {
			for (k = 1; i + n + k < len &&
			    ((unsigned char)s[i + n + k] & 0xc0) == 0x80; k++)
				continue;
			if (n + k > EWORD_BYTES)
				break;
		}
		if (i > 0)
			buf_puts(b, "\r\n ");
		buf_puts(b, "=?UTF-8?B?");
		b64_put(b, (const unsigned char *)s + i, n);
		buf_puts(b, "?=");
	}
	buf_puts(b, "\r\n");
}

/* Body characters: valid UTF-8, no control other than tab and line ends. */
static int
body_valid(const char *s)
{
	const char	*p;

	for (p = s; *p != '\0'; p++)
		if (((unsigned char)*p < 0x20 && *p != '\t' && *p != '\n' &&
		    *p != '\r') || *p == 0x7f)
			return 0;
	return utf8_valid(s, (size_t)(p - s));
}

/*
 * One body line of n bytes, cut into pieces of at most MAIL_LINE_MAX
 * octets: at the last space when there is one (the space is dropped),
 * else at a character boundary.
 */
static void
body_line_put(struct buf *b, const char *s, size_t n)
{
	size_t	 cut, skip;

	while (n > MAIL_LINE_MAX) {
		skip = 0;
		for (cut = MAIL_LINE_MAX; cut > 0 && s[cut] != ' '; cut--)
			continue;
		if (cut > 0)
			skip = 1;
		else
			for (cut = MAIL_LINE_MAX;
			    ((unsigned char)s[cut] & 0xc0) == 0x80; cut--)
				continue;
		buf_put(b, s, cut);
		buf_puts(b, "\r\n");
		s += cut + skip;
		n -= cut + skip;
	}
	buf_put(b, s, n);
	buf_puts(b, "\r\n");
}

/* The body with every line end (LF, CRLF or a lone CR) made CRLF. */
static void
body_put(struct buf *b, const char *s)
{
	size_t	 n;

	while (*s != '\0') {
		n = strcspn(s, "\r\n");
		body_line_put(b, s, n);
		s += n;
		if (s[0] == '\r' && s[1] == '\n')
			s += 2;
		else if (*s != '\0')
			s++;
	}
}

/* RFC 5322 date-time in UTC, with English names whatever the locale. */
static int
date_put(struct buf *b, time_t t)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed",
	    "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	 tm;

	if (gmtime_r(&t, &tm) == NULL || tm.tm_wday < 0 || tm.tm_wday > 6 ||
	    tm.tm_mon < 0 || tm.tm_mon > 11)
		return -1;
	buf_printf(b, "Date: %s, %02d %s %04d %02d:%02d:%02d +0000\r\n",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	return 0;
}

static int
random_hex(char *out, size_t bytes)
{
	static const char	 hex[] = "0123456789abcdef";
	unsigned char		 r[32];
	size_t			 i;

	if (bytes > sizeof(r) || crypto_random(r, bytes) == -1)
		return -1;
	for (i = 0; i < bytes; i++) {
		out[2 * i] = hex[r[i] >> 4];
		out[2 * i + 1] = hex[r[i] & 15];
	}
	out[2 * bytes] = '\0';
	return 0;
}

/*
 * Appends the whole message (header, blank line, body; CRLF line ends)
 * to out.  Returns 0, or -1 with out as it was when an address is
 * invalid, the subject or body holds a control character or bad UTF-8,
 * randomness is missing or memory runs out.
 */
int
mail_format(const struct mail *m, time_t now, struct buf *out)
{
	char	 id[33];
	size_t	 start = out->len;

	if (m == NULL || m->subject == NULL || m->text == NULL ||
	    !mail_address_valid(m->from) || !mail_address_valid(m->to) ||
	    !header_text_valid(m->subject) ||
	    !utf8_valid(m->subject, strlen(m->subject)) ||
	    !body_valid(m->text))
		return -1;
	if (random_hex(id, 16) == -1)
		return -1;
	if (date_put(out, now) == -1)
		goto err;
	buf_printf(out, "From: %s\r\n", m->from);
	buf_printf(out, "To: %s\r\n", m->to);
	subject_put(out, m->subject);
	buf_printf(out, "Message-ID: <%s@%s>\r\n", id, strchr(m->from, '@') + 1);
	buf_puts(out, "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: 8bit\r\n"
	    "Auto-Submitted: auto-generated\r\n"
	    "\r\n");
	body_put(out, m->text);
	if (out->oom)
		goto err;
	return 0;
err:
	if (out->data != NULL) {
		out->len = start;
		out->data[start] = '\0';
	}
	out->oom = 0;
	return -1;
}

/*
 * Splits cmd on spaces into a NULL-terminated vector with room for
 * `extra` more entries; the strings live in *copy.  NULL if cmd holds
 * no word or memory runs out.
 */
static char **
argv_split(const char *cmd, size_t extra, char **copy)
{
	char		**argv, *p, *save = NULL;
	const char	*c;
	size_t		 n = 0, words = 0;

	for (c = cmd; *c != '\0'; c++)
		if (*c != ' ' && (c == cmd || c[-1] == ' '))
			words++;
	if (words == 0 || (*copy = strdup(cmd)) == NULL)
		return NULL;
	if ((argv = calloc(words + extra + 1, sizeof(*argv))) == NULL) {
		free(*copy);
		*copy = NULL;
		return NULL;
	}
	for (p = strtok_r(*copy, " ", &save); p != NULL;
	    p = strtok_r(NULL, " ", &save))
		argv[n++] = p;
	return argv;
}

/* In the child: make `from` the descriptor `to`, open across exec. */
static int
fd_move(int from, int to)
{
	if (from == to)
		return fcntl(to, F_SETFD, 0);
	return dup2(from, to) == -1 ? -1 : 0;
}

/*
 * Runs `cmd -i -- to` without a shell and writes the message to its
 * standard input.  Its standard output goes to /dev/null (in CGI mode
 * ours is the HTTP response); standard error is shared, for the logs.
 * SIGPIPE is held while writing so a command that dies early makes this
 * return -1 instead of killing the worker.
 */
static int
send_pipe(const char *cmd, const char *to, const struct buf *msg)
{
	char		**argv, *copy = NULL;
	sigset_t	 pipeset, oldset, pending;
	struct timespec	 zero = { 0, 0 };
	pid_t		 pid;
	size_t		 n;
	int		 fds[2], devnull, status, werr = 0, rc = -1;
	int		 was_pending;

	if ((argv = argv_split(cmd, 3, &copy)) == NULL)
		return -1;
	for (n = 0; argv[n] != NULL; n++)
		continue;
	argv[n++] = (char *)"-i";
	argv[n++] = (char *)"--";
	argv[n++] = (char *)to;
	if (pipe2(fds, O_CLOEXEC) == -1)
		goto out;
	if ((pid = fork()) == -1) {
		close(fds[0]);
		close(fds[1]);
		goto out;
	}
	if (pid == 0) {
		/* Only async-signal-safe calls from here to exec. */
		if (fd_move(fds[0], STDIN_FILENO) == -1)
			_exit(127);
		if ((devnull = open("/dev/null", O_WRONLY | O_CLOEXEC)) == -1 ||
		    fd_move(devnull, STDOUT_FILENO) == -1)
			_exit(127);
		close_range(3, ~0U, 0);
		execv(argv[0], argv);
		_exit(127);
	}
	close(fds[0]);

	sigemptyset(&pipeset);
	sigaddset(&pipeset, SIGPIPE);
	sigpending(&pending);
	was_pending = sigismember(&pending, SIGPIPE);
	sigprocmask(SIG_BLOCK, &pipeset, &oldset);
	if (write_all(fds[1], msg->data, msg->len) == -1) {
		werr = 1;
		if (errno == EPIPE && !was_pending)
			while (sigtimedwait(&pipeset, NULL, &zero) == -1 &&
			    errno == EINTR)
				continue;
	}
	sigprocmask(SIG_SETMASK, &oldset, NULL);
	if (close(fds[1]) == -1)
		werr = 1;

	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			goto out;
	if (!werr && WIFEXITED(status) && WEXITSTATUS(status) == 0)
		rc = 0;
out:
	free(argv);
	free(copy);
	return rc;
}

/*
 * Writes the message as spool_dir/<UTC time>-<random>.eml: first to a
 * hidden temporary name in the same folder, synced, then renamed, so a
 * reader never sees half a mail.  The name sorts by time to the
 * microsecond.  The file is 0600: it holds live tokens.
 */
static int
send_spool(const char *dir, const struct buf *msg, char *path_out,
    size_t path_size)
{
	char		 name[80], path[PATH_MAX], tmp[PATH_MAX], rnd[17];
	struct timespec	 ts;
	struct tm	 tm;
	size_t		 n;
	int		 fd = -1, dfd, len, plen;

	if (clock_gettime(CLOCK_REALTIME, &ts) == -1 ||
	    gmtime_r(&ts.tv_sec, &tm) == NULL || random_hex(rnd, 8) == -1)
		return -1;
	n = strftime(name, sizeof(name), "%Y%m%dT%H%M%S", &tm);
	if (n == 0)
		return -1;
	len = snprintf(name + n, sizeof(name) - n, ".%06ldZ-%s.eml",
	    ts.tv_nsec / 1000, rnd);
	if (len < 0 || (size_t)len >= sizeof(name) - n)
		return -1;
	plen = snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (plen < 0 || (size_t)plen >= sizeof(path) ||
	    (path_out != NULL && (size_t)plen >= path_size))
		return -1;
	len = snprintf(tmp, sizeof(tmp), "%s/.tmp-%s", dir, name);
	if (len < 0 || (size_t)len >= sizeof(tmp))
		return -1;

	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd == -1)
		return -1;
	if (write_all(fd, msg->data, msg->len) == -1 || fsync(fd) == -1)
		goto err;
	if (close(fd) == -1) {
		fd = -1;
		goto err;
	}
	fd = -1;
	if (rename(tmp, path) == -1)
		goto err;
	/* Make the rename itself durable; the mail is there either way. */
	if ((dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) != -1) {
		fsync(dfd);
		close(dfd);
	}
	if (path_out != NULL)
		memcpy(path_out, path, (size_t)plen + 1);
	return 0;
err:
	if (fd != -1)
		close(fd);
	unlink(tmp);
	return -1;
}

/*
 * Sends one mail: through sendmail_cmd when it is set (a program path
 * and its options separated by spaces, run without a shell, with
 * "-i -- <to>" added), else into spool_dir.  path_out, when not NULL,
 * gets the spool file's path, or "" when the mail went to a command.
 * Returns 0, or -1 if the message is refused, cannot be written, or the
 * command does not exit with status 0.
 */
int
mail_send(const struct mail *m, const char *spool_dir,
    const char *sendmail_cmd, char *path_out, size_t path_size)
{
	struct buf	 msg;
	int		 rc = -1;

	if (path_out != NULL) {
		if (path_size == 0)
			return -1;
		path_out[0] = '\0';
	}
	buf_init(&msg);
	if (mail_format(m, time(NULL), &msg) == -1)
		goto out;
	if (sendmail_cmd != NULL && sendmail_cmd[0] != '\0')
		rc = send_pipe(sendmail_cmd, m->to, &msg);
	else if (spool_dir != NULL && spool_dir[0] != '\0')
		rc = send_spool(spool_dir, &msg, path_out, path_size);
out:
	buf_free(&msg);
	return rc;
}
