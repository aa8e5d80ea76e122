/* The unit test runner: every module's tests, then one summary line. */
#include <libxml/parser.h>

#include "harness.h"

struct harness harness;

int
main(void)
{
	xmlInitParser();
	test_buf();
	test_fsutil();
	test_load();
	test_frontmatter();
	test_schema();
	test_markdown();
	test_pack();
	test_check();
	test_sitemap();
	test_course();
	test_settings();
	test_catalogue();
	test_decide();
	test_md_dom();
	test_md_html();
	test_theme();
	test_render();
	test_scorm();
	test_scorm_suspend();
	test_serve();
	test_embed();
	test_report();
	test_lrs_curl();
	test_lint();
	test_zipfile();
	test_record();
	test_image();
	xmlCleanupParser();
	printf("unit: %d passed, %d failed\n", harness.passed, harness.failed);
	return harness.failed > 0;
}
