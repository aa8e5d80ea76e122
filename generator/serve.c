/*
 * serve.c: the HTTP server of 'sharepack serve' and its loop: one poll()
 * over the listening socket, the watcher, the stop signal and the
 * browsers' connections. It answers GET and HEAD with the built site and
 * closes each connection after its reply, except the event stream, which
 * stays open to tell a page of each build.
 */
#include "fsutil.h"
#include "serve_int.h"

#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"

enum client_state {
	CLIENT_READING,		/* the request, up to its blank line */
	CLIENT_WRITING,		/* the reply; then the connection closes */
	CLIENT_LISTENING	/* the event stream, open until either ends */
};

struct client {
	int fd;
	enum client_state state;
	struct buf in;
	struct buf out;
	size_t sent;
	double deadline;	/* reading, writing: when to give up */
};

struct server {
	int listen_fd;
	int stop[2];		/* the pipe the signal handler writes to */
	struct serve_watch *watch;
	struct serve_site *site;
	struct client *clients[SERVE_MAX_CLIENTS];
	size_t count;
	unsigned pending;	/* SERVE_CHANGED_* since the last build */
	double first_change;	/* when pending began */
	double last_change;
	int quiet;
};

double
serve_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- paths and types ---- */


/* Whether every segment of path (after the leading '/') is a name that
 * can be in a built site: not empty (a last one may be, for a folder),
 * not starting with '.' (so neither "." nor ".."). */
static int
plain_segments(const char *path)
{
	for (const char *seg = path + 1;; seg++) {
		const char *end = strchr(seg, '/');
		if (end == NULL)
			return seg[0] != '.';
		if (end == seg || seg[0] == '.')
			return 0;
		seg = end;
	}
}

char *
serve_site_path(const char *target)
{
	size_t n = strcspn(target, "?#");
	struct buf path = BUF_INIT;
	if (n == 0 || target[0] != '/')
		return NULL;
	for (size_t i = 0; i < n; i++) {
		int c = (unsigned char)target[i];
		if (c == '%') {
			int hi = i + 2 < n ? fs_hex_digit(target[i + 1]) : -1;
			int lo = hi >= 0 ? fs_hex_digit(target[i + 2]) : -1;
			if (lo < 0)
				goto bad;
			c = hi * 16 + lo;
			i += 2;
		}
		if (c < 0x20 || c == 0x7f || c == '\\')
			goto bad;
		buf_putc(&path, (char)c);
	}
	if (!plain_segments(path.data))
		goto bad;
	if (path.data[path.len - 1] == '/')
		buf_puts(&path, "index.html");
	char *rel = xstrdup(path.data + 1);
	buf_free(&path);
	return rel;
bad:
	buf_free(&path);
	return NULL;
}

static const struct {
	const char *ext;
	const char *type;
} content_types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".svg", "image/svg+xml" },
	{ ".png", "image/png" },
	{ ".json", "application/json" },
	{ ".zip", "application/zip" },
	{ ".jpg", "image/jpeg" },
	{ ".jpeg", "image/jpeg" },
	{ ".gif", "image/gif" },
	{ ".webp", "image/webp" },
	{ ".ico", "image/vnd.microsoft.icon" },
	{ ".woff2", "font/woff2" },
	{ ".woff", "font/woff" },
	{ ".txt", "text/plain; charset=utf-8" },
	{ ".xml", "application/xml" },
};

const char *
serve_content_type(const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < sizeof content_types / sizeof content_types[0];
	    i++) {
		size_t e = strlen(content_types[i].ext);
		if (n >= e && strcasecmp(path + n - e, content_types[i].ext) ==
		    0)
			return content_types[i].type;
	}
	return "application/octet-stream";
}

/* ---- replies ---- */

static const char *
reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 400: return "Bad Request";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 431: return "Request Header Fields Too Large";
	case 500: return "Internal Server Error";
	default: return "Error";
	}
}

/* Puts a whole reply in c's output; the connection closes once it is
 * sent. head: the headers only (HEAD). location may be NULL. */
static void
put_reply(struct client *c, int status, const char *type,
    const char *location, const char *body, size_t len, int head)
{
	buf_printf(&c->out, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\n"
	    "Content-Length: %zu\r\n", status, reason(status), type, len);
	if (location != NULL)
		buf_printf(&c->out, "Location: %s\r\n", location);
	if (status == 405)
		buf_puts(&c->out, "Allow: GET, HEAD\r\n");
	/* A preview is never to be kept: the next build changes it. */
	buf_puts(&c->out, "Cache-Control: no-store\r\n"
	    "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n");
	if (!head)
		buf_add(&c->out, body, len);
	c->state = CLIENT_WRITING;
	c->sent = 0;
	c->deadline = serve_now() + SERVE_CLIENT_SECONDS;
}

static void
put_text(struct client *c, int status, const char *text)
{
	put_reply(c, status, "text/plain; charset=utf-8", NULL, text,
	    strlen(text), 0);
}

/* The event stream: the news of the current build at once, then of each
 * build as it ends (tell_listeners). */
static void
start_listening(struct server *sv, struct client *c, int head)
{
	buf_puts(&c->out, "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream"
	    "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n");
	if (head) {
		c->state = CLIENT_WRITING;
		c->deadline = serve_now() + SERVE_CLIENT_SECONDS;
		return;
	}
	buf_puts(&c->out, "retry: 1000\ndata: ");
	serve_site_news(sv->site, 1, &c->out);
	buf_puts(&c->out, "\n\n");
	c->state = CLIENT_LISTENING;
}

/* The length of the request's head up to its blank line, or 0 while it
 * is not all there. */
static size_t
head_length(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == '\n' && s[i + 1] == '\n')
			return i + 2;
		if (s[i] == '\n' && s[i + 1] == '\r' && i + 2 < len &&
		    s[i + 2] == '\n')
			return i + 3;
	}
	return 0;
}

/* Splits the request line "METHOD TARGET HTTP/1.x" (NUL-terminated, the
 * line end cut off) in place. Returns 0, or -1 when it is not one. */
static int
request_line(char *line, char **method, char **target)
{
	char *sp1 = strchr(line, ' ');
	char *sp2 = sp1 != NULL ? strchr(sp1 + 1, ' ') : NULL;
	if (sp2 == NULL || (strcmp(sp2 + 1, "HTTP/1.1") != 0 &&
	    strcmp(sp2 + 1, "HTTP/1.0") != 0))
		return -1;
	*sp1 = *sp2 = '\0';
	*method = line;
	*target = sp1 + 1;
	for (const char *p = *target; *p != '\0'; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
			return -1;
	return 0;
}

static void
answer(struct server *sv, struct client *c)
{
	char *line = c->in.data;
	line[strcspn(line, "\r\n")] = '\0';
	char *method, *target;
	if (request_line(line, &method, &target) != 0) {
		put_text(c, 400, "Bad request\n");
		return;
	}
	int head = strcmp(method, "HEAD") == 0;
	if (!head && strcmp(method, "GET") != 0) {
		put_text(c, 405, "Only GET and HEAD\n");
		return;
	}
	size_t n = strcspn(target, "?#");
	if (n == strlen(SERVE_EVENTS) && strncmp(target, SERVE_EVENTS, n) ==
	    0) {
		start_listening(sv, c, head);
		return;
	}
	struct serve_reply r;
	serve_site_reply(sv->site, target, &r);
	put_reply(c, r.status, r.type, r.location, r.body.data ? r.body.data :
	    "", r.body.len, head);
	serve_reply_free(&r);
}

/* ---- connections ---- */

static int
nonblocking(int fd)
{
	int fl = fcntl(fd, F_GETFL);
	return fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) != 0 ||
	    fcntl(fd, F_SETFD, FD_CLOEXEC) != 0 ? -1 : 0;
}

static void
drop_client(struct server *sv, size_t i)
{
	struct client *c = sv->clients[i];
	close(c->fd);
	buf_free(&c->in);
	buf_free(&c->out);
	free(c);
	sv->clients[i] = sv->clients[--sv->count];
}

static void
accept_all(struct server *sv)
{
	for (;;) {
		int fd = accept(sv->listen_fd, NULL, NULL);
		if (fd < 0)
			return;
		/* Past the cap a connection is closed at once: the browser
		 * tries again. */
		if (sv->count == SERVE_MAX_CLIENTS || nonblocking(fd) != 0) {
			close(fd);
			continue;
		}
		struct client *c = xcalloc(1, sizeof *c);
		c->fd = fd;
		c->state = CLIENT_READING;
		c->deadline = serve_now() + SERVE_CLIENT_SECONDS;
		sv->clients[sv->count++] = c;
	}
}

/* Reads what c sent. Returns 0 to keep c, -1 to close it. */
static int
client_read(struct server *sv, struct client *c)
{
	char chunk[4096];
	ssize_t n = recv(c->fd, chunk, sizeof chunk, 0);
	if (n < 0)
		return errno == EAGAIN || errno == EWOULDBLOCK ||
		    errno == EINTR ? 0 : -1;
	if (n == 0)
		return -1;
	/* A listener has nothing more to say; anything is dropped. */
	if (c->state != CLIENT_READING)
		return 0;
	if (c->in.len + (size_t)n > SERVE_MAX_REQUEST) {
		put_text(c, 431, "The request is too large\n");
		return 0;
	}
	buf_add(&c->in, chunk, (size_t)n);
	if (head_length(c->in.data, c->in.len) > 0)
		answer(sv, c);
	return 0;
}

/* Sends what c has waiting. Returns 0 to keep c, -1 to close it (a reply
 * sent whole, or a connection gone). */
static int
client_write(struct client *c)
{
	while (c->sent < c->out.len) {
		ssize_t n = send(c->fd, c->out.data + c->sent, c->out.len -
		    c->sent, MSG_NOSIGNAL);
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ||
			    errno == EINTR ? 0 : -1;
		c->sent += (size_t)n;
		c->deadline = serve_now() + SERVE_CLIENT_SECONDS;
	}
	if (c->state == CLIENT_WRITING)
		return -1;
	c->out.len = c->sent = 0;
	return 0;
}

static short
client_events(const struct client *c)
{
	if (c->state == CLIENT_READING)
		return POLLIN;
	if (c->state == CLIENT_WRITING)
		return POLLOUT;
	return (short)(POLLIN | (c->sent < c->out.len ? POLLOUT : 0));
}

/* Handles what poll said of the first n clients (fds[i] is clients[i]).
 * Backwards, since dropping one moves the last into its place. */
static void
serve_clients(struct server *sv, const struct pollfd *fds, size_t n)
{
	for (size_t k = n; k-- > 0;) {
		struct client *c = sv->clients[k];
		short ev = fds[k].revents;
		int rc = 0;
		if (ev & POLLIN)
			rc = client_read(sv, c);
		if (rc == 0 && (ev & POLLERR))
			rc = -1;
		if (rc == 0 && c->sent < c->out.len)
			rc = client_write(c);
		if (rc == 0 && (ev & POLLHUP) && !(ev & POLLIN))
			rc = -1;
		if (rc != 0)
			drop_client(sv, k);
	}
}

/* Closes connections that took too long to send a request or take a
 * reply; listeners wait as long as they like. */
static void
expire(struct server *sv, double now)
{
	for (size_t k = sv->count; k-- > 0;)
		if (sv->clients[k]->state != CLIENT_LISTENING &&
		    now > sv->clients[k]->deadline)
			drop_client(sv, k);
}

/* ---- builds ---- */

static double
build_due(const struct server *sv)
{
	double quiet = sv->last_change + SERVE_DEBOUNCE_MS / 1000.0;
	double longest = sv->first_change + SERVE_MAX_WAIT_MS / 1000.0;
	return quiet < longest ? quiet : longest;
}

static void
note_change(struct server *sv, unsigned changed)
{
	if (changed == 0)
		return;
	double now = serve_now();
	if (sv->pending == 0)
		sv->first_change = now;
	sv->last_change = now;
	sv->pending |= changed;
}

/* Sends the news of the build that just ended to every open page; one
 * that lets too much wait is dropped (it reconnects and reloads). */
static void
tell_listeners(struct server *sv)
{
	struct buf news = BUF_INIT;
	serve_site_news(sv->site, 0, &news);
	for (size_t k = sv->count; k-- > 0;) {
		struct client *c = sv->clients[k];
		if (c->state != CLIENT_LISTENING)
			continue;
		if (c->out.len - c->sent > SERVE_MAX_PENDING) {
			drop_client(sv, k);
			continue;
		}
		buf_printf(&c->out, "data: %s\n\n", news.data);
	}
	buf_free(&news);
}

static void
rebuild(struct server *sv)
{
	unsigned changed = sv->pending;
	sv->pending = 0;
	/* Folders made since the last build are watched before this one
	 * reads them: a file saved in one after the build read it is seen. */
	serve_watch_rescan(sv->watch);
	serve_site_build(sv->site, changed, sv->quiet);
	tell_listeners(sv);
}

/* How long poll may wait, in milliseconds; -1 for ever. */
static int
poll_timeout(const struct server *sv, double now)
{
	double until = sv->pending ? build_due(sv) : -1;
	for (size_t k = 0; k < sv->count; k++) {
		const struct client *c = sv->clients[k];
		if (c->state != CLIENT_LISTENING && (until < 0 ||
		    c->deadline < until))
			until = c->deadline;
	}
	if (until < 0)
		return -1;
	return until <= now ? 0 : (int)((until - now) * 1000) + 1;
}

/* ---- stopping ---- */

/* The write end of the stop pipe, for the signal handler, which can reach
 * nothing else. */
static int stop_fd = -1;

static void
on_stop(int sig)
{
	int saved = errno;
	char c = (char)sig;
	ssize_t n = write(stop_fd, &c, 1);
	(void)n;	/* full: a stop is already waiting */
	errno = saved;
}

static const int stop_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define N_STOP_SIGNALS (sizeof stop_signals / sizeof stop_signals[0])

/* Ctrl-C, kill and a closed terminal end the loop, which then cleans up:
 * the handler only writes to a pipe that poll watches. */
static int
catch_stop(struct server *sv)
{
	if (pipe(sv->stop) != 0 || nonblocking(sv->stop[0]) != 0 ||
	    nonblocking(sv->stop[1]) != 0) {
		diag_say(stderr, "error: cannot make a pipe: %s",
		    strerror(errno));
		return -1;
	}
	stop_fd = sv->stop[1];
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < N_STOP_SIGNALS; i++)
		sigaction(stop_signals[i], &sa, NULL);
	return 0;
}

static void
release_stop(struct server *sv)
{
	if (stop_fd >= 0)
		for (size_t i = 0; i < N_STOP_SIGNALS; i++)
			signal(stop_signals[i], SIG_DFL);
	stop_fd = -1;
	for (int i = 0; i < 2; i++)
		if (sv->stop[i] >= 0)
			close(sv->stop[i]);
}

/* ---- the loop ---- */

/* Serves until a stop signal. Returns EXIT_OK, or EXIT_SYSTEM when poll
 * fails. */
static int
serve_loop(struct server *sv)
{
	struct pollfd fds[3 + SERVE_MAX_CLIENTS];
	for (;;) {
		if (sv->pending && serve_now() >= build_due(sv))
			rebuild(sv);
		fds[0] = (struct pollfd){ sv->stop[0], POLLIN, 0 };
		fds[1] = (struct pollfd){ serve_watch_fd(sv->watch), POLLIN, 0 };
		fds[2] = (struct pollfd){ sv->listen_fd, POLLIN, 0 };
		size_t n = sv->count;
		for (size_t k = 0; k < n; k++)
			fds[3 + k] = (struct pollfd){ sv->clients[k]->fd,
			    client_events(sv->clients[k]), 0 };
		int ready = poll(fds, 3 + n, poll_timeout(sv, serve_now()));
		if (ready < 0 && errno != EINTR) {
			diag_say(stderr, "error: poll: %s", strerror(errno));
			return EXIT_SYSTEM;
		}
		if (ready > 0 && (fds[0].revents & POLLIN))
			return EXIT_OK;
		if (ready > 0 && (fds[1].revents & POLLIN))
			note_change(sv, serve_watch_read(sv->watch));
		if (ready > 0)
			serve_clients(sv, fds + 3, n);
		if (ready > 0 && (fds[2].revents & POLLIN))
			accept_all(sv);
		expire(sv, serve_now());
	}
}

/* ---- listening ---- */

/* Whether sa is this machine's own address: 127.0.0.0/8 or ::1. */
static int
is_loopback(const struct sockaddr *sa)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const void *)sa;
		return (ntohl(in->sin_addr.s_addr) >> 24) == 127;
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const void *)sa;
		return IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr);
	}
	return 0;
}

/* Says why the address cannot be listened on, with the fix. Returns the
 * exit status. */
static int
cannot_listen(const struct serve_options *so, int err)
{
	if (err == EADDRINUSE)
		diag_say(stderr, "port %d on %s is in use (another 'sharepack "
		    "serve', or another program); stop it, or choose another "
		    "port: --port %d, or --port 0 for any free one", so->port,
		    so->host, so->port < 65535 ? so->port + 1 : 8000);
	else if (err == EACCES)
		diag_say(stderr, "port %d needs privileges this user does not "
		    "have; choose a port from 1024 up: --port %d", so->port,
		    SERVE_DEFAULT_PORT);
	else if (err == EADDRNOTAVAIL)
		diag_say(stderr, "%s is not an address of this machine; leave "
		    "--host out to listen on %s", so->host, SERVE_DEFAULT_HOST);
	else
		diag_say(stderr, "error: cannot listen on %s port %d: %s",
		    so->host, so->port, strerror(err));
	return err == EADDRINUSE || err == EACCES || err == EADDRNOTAVAIL ?
	    EXIT_USAGE : EXIT_SYSTEM;
}

/* Opens the socket listening on so->host and so->port; *port gets the
 * port it has (so->port may be 0). Returns the descriptor, or -1 after
 * saying why, with *status the exit status. */
static int
listen_on(const struct serve_options *so, int *port, int *status)
{
	struct addrinfo hints, *ai = NULL;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
	char service[16];
	snprintf(service, sizeof service, "%d", so->port);
	int fd = -1, one = 1;
	struct sockaddr_storage bound;
	socklen_t len = sizeof bound;
	*status = EXIT_USAGE;
	if (getaddrinfo(so->host, service, &hints, &ai) != 0) {
		diag_say(stderr, "--host takes a numeric address such as "
		    "127.0.0.1 or ::1, not '%s'", so->host);
		goto out;
	}
	if (!is_loopback(ai->ai_addr))
		diag_say(stderr, "warning: listening on %s, so anyone who can "
		    "reach this machine can open the site; leave --host out to "
		    "listen on %s only", so->host, SERVE_DEFAULT_HOST);
	fd = socket(ai->ai_family, SOCK_STREAM, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one,
	    sizeof one) != 0 || bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 ||
	    listen(fd, 32) != 0 || getsockname(fd, (struct sockaddr *)&bound,
	    &len) != 0 || nonblocking(fd) != 0) {
		*status = cannot_listen(so, errno);
		if (fd >= 0)
			close(fd);
		fd = -1;
		goto out;
	}
	*port = ntohs(bound.ss_family == AF_INET6 ?
	    ((struct sockaddr_in6 *)&bound)->sin6_port :
	    ((struct sockaddr_in *)&bound)->sin_port);
out:
	if (ai != NULL)
		freeaddrinfo(ai);
	return fd;
}

int
serve_run(const struct serve_options *so)
{
	struct server sv;
	memset(&sv, 0, sizeof sv);
	sv.stop[0] = sv.stop[1] = -1;
	sv.quiet = so->quiet;
	int status, port = 0;
	sv.listen_fd = listen_on(so, &port, &status);
	if (sv.listen_fd < 0)
		goto out;
	status = EXIT_SYSTEM;
	/* Watching starts before the first build, so that nothing saved
	 * while it runs is missed. */
	if ((sv.site = serve_site_new(so->build, so->ctx)) == NULL ||
	    (sv.watch = serve_watch_new(so->project, so->theme_dir)) == NULL ||
	    catch_stop(&sv) != 0)
		goto out;
	status = serve_site_build(sv.site, SERVE_CHANGED_SCRIPTS, so->quiet);
	if (status == EXIT_USAGE)
		goto out;
	int v6 = strchr(so->host, ':') != NULL;
	diag_say(stdout, "serving http://%s%s%s:%d/ (rebuilt whenever the "
	    "project changes; Ctrl-C stops)", v6 ? "[" : "", so->host,
	    v6 ? "]" : "", port);
	fflush(stdout);
	status = serve_loop(&sv);
out:
	release_stop(&sv);
	while (sv.count > 0)
		drop_client(&sv, sv.count - 1);
	serve_watch_free(sv.watch);
	serve_site_free(sv.site);
	if (sv.listen_fd >= 0)
		close(sv.listen_fd);
	return status;
}
