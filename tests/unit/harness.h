/*
 * harness.h: a tiny test harness in the spirit of sds's testhelp.h. Each
 * CHECK counts as one test; a failure prints where and what, and the run
 * ends with "unit: N passed, N failed".
 */
#ifndef SHAREPACK_HARNESS_H
#define SHAREPACK_HARNESS_H

#include <stdio.h>
#include <string.h>

struct harness {
	int passed;
	int failed;
};

extern struct harness harness;

#define CHECK(cond) do { \
	if (cond) { \
		harness.passed++; \
	} else { \
		harness.failed++; \
		fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *got_ = (got), *want_ = (want); \
	if (got_ != NULL && strcmp(got_, want_) == 0) { \
		harness.passed++; \
	} else { \
		harness.failed++; \
		fprintf(stderr, "%s:%d: FAIL: %s\n  got:  %s\n  want: %s\n", \
		    __FILE__, __LINE__, #got, got_ ? got_ : "(null)", want_); \
	} \
} while (0)

/* Each test file exports one function that runs its checks. */
void test_buf(void);
void test_load(void);
void test_frontmatter(void);
void test_schema(void);
void test_markdown(void);
void test_pack(void);
void test_check(void);
void test_decide(void);
void test_md_dom(void);
void test_md_html(void);
void test_render(void);
void test_theme(void);
void test_fsutil(void);
void test_scorm(void);
void test_scorm_suspend(void);
void test_sitemap(void);
void test_course(void);
void test_serve(void);
void test_embed(void);
void test_settings(void);
void test_report(void);
void test_lrs_curl(void);
void test_lint(void);
void test_catalogue(void);
void test_zipfile(void);
void test_record(void);
void test_image(void);

#endif
