/* util.c: helpers shared by the unit tests. */
#define _POSIX_C_SOURCE 200809L
#include "util.h"

#include <stdlib.h>
#include <string.h>

#include "load.h"

void
capture_begin(struct captured *c)
{
	c->text = NULL;
	c->len = 0;
	c->f = open_memstream(&c->text, &c->len);
	diag_init(&c->d, c->f);
}

const char *
captured(struct captured *c)
{
	fflush(c->f);
	return c->text ? c->text : "";
}

void
capture_end(struct captured *c)
{
	fclose(c->f);
	free(c->text);
}

struct item *
load_string(struct captured *c, const char *path, const char *text)
{
	return load_item(path, text, strlen(text), &c->d);
}
